import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Resource } from '@medplum/fhirtypes';
import type { FhirStore } from '../fhir-store';
import type { ExportFaults } from './export-faults';

/** What a job needs of the sandbox's patients: their ids and each one's FHIR store. */
export interface ExportSource {
  patientIds(): Promise<readonly string[]>;
  storeFor(patient: string): Promise<FhirStore | undefined>;
}

export interface ExportJob {
  readonly id: string;
  readonly clientId: string;
  readonly request: string;
  readonly types: readonly string[];
  readonly faults: ExportFaults;
  readonly transactionTime: string;
  readonly dir: Promise<string>;
  /** Patients written so far, of `total`. */
  done: number;
  total: number;
  state: 'generating' | 'ready' | 'failed';
  /** Polls still to answer 202 (the slow fault). */
  slowPolls: number;
  /** Output files: type → { file name, resource count }. */
  readonly files: Map<string, { readonly name: string; count: number }>;
  /** The expired-token fault fires once per job. */
  tokenExpired: boolean;
}

const PAGE = 1000;

/** The searches that give one patient's resources of a type, from that patient's own store. */
function searchFor(type: string, patient: string): string {
  switch (type) {
    case 'Patient':
      return `Patient?_id=${encodeURIComponent(patient)}`;
    case 'Medication':
      return 'Medication'; // a per-patient store: its Medications are this patient's
    default:
      return `${type}?patient=${encodeURIComponent(patient)}`;
  }
}

/**
 * Writes the job's NDJSON files (one per type) into a temp folder, patient by patient, from the
 * sandbox's FHIR stores through their search API, as an EHR's bulk engine reads its own database.
 */
export async function runJob(job: ExportJob, source: ExportSource, baseUrl: string): Promise<void> {
  const dir = await job.dir;
  const streams = new Map<string, WriteStream>();
  try {
    const ids = await source.patientIds();
    job.total = ids.length;
    for (const patient of ids) {
      const store = await source.storeFor(patient);
      for (const type of job.types) {
        for (const resource of store ? await searchAll(store, searchFor(type, patient), baseUrl) : []) {
          let stream = streams.get(type);
          if (!stream) {
            const name = `${type}.ndjson`;
            stream = createWriteStream(join(dir, name));
            streams.set(type, stream);
            job.files.set(type, { name, count: 0 });
          }
          const entry = job.files.get(type);
          if (entry) entry.count += 1;
          if (!stream.write(`${JSON.stringify(resource)}\n`))
            await new Promise<void>((r) => stream.once('drain', () => r()));
        }
      }
      job.done += 1;
    }
    await Promise.all([...streams.values()].map((s) => new Promise<void>((r) => s.end(() => r()))));
    job.state = 'ready';
  } catch {
    for (const s of streams.values()) s.destroy();
    job.state = 'failed';
  }
}

async function searchAll(store: FhirStore, search: string, baseUrl: string): Promise<Resource[]> {
  const out: Resource[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const sep = search.includes('?') ? '&' : '?';
    const res = await store.handle({ method: 'GET', url: `${search}${sep}_count=${PAGE}&_offset=${offset}`, baseUrl });
    if (res.status !== 200 || res.body.resourceType !== 'Bundle') throw new Error(`search failed: ${res.status}`);
    const entries = res.body.entry ?? [];
    for (const e of entries) if (e.resource && e.search?.mode !== 'outcome') out.push(e.resource);
    if (entries.length < PAGE) return out;
  }
}

export function newJobDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'riluzole-sandbox-export-'));
}

export async function removeJob(job: ExportJob): Promise<void> {
  await rm(await job.dir, { recursive: true, force: true });
}
