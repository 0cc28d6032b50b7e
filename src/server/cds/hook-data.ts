/**
 * From a hook request to the rules' input: the prefetch (or the fallback reads) and the draft
 * orders, normalised by src/fhir/normalize exactly as the app and the command line do.
 */
import { assembleClinicalData, medicationSummaries, normalizeResource } from '../../fhir/normalize';
import type { UnitConverter } from '../../fhir/units';
import type { ClinicalData, DataSource, MedicationRecord } from '../../rules/types';
import type { FhirReader } from './fhir-reader';
import { fillTemplate, PREFETCH_READS, type PrefetchRead } from './prefetch-plan';
import type { HookRequest } from './request';

export type Gathered =
  | { readonly kind: 'ok'; readonly resources: readonly unknown[]; readonly unavailable: readonly DataSource[] }
  | { readonly kind: 'missing'; readonly keys: readonly string[] }
  | { readonly kind: 'invalid'; readonly reason: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `next` link of a prefetched searchset Bundle (CDS Hooks 2.0.1: the EHR MAY paginate prefetch). */
function nextLink(value: Json): string | undefined {
  if (value.resourceType !== 'Bundle' || !Array.isArray(value.link)) return undefined;
  const next: unknown = value.link.find((l) => isObject(l) && l.relation === 'next');
  return isObject(next) && typeof next.url === 'string' ? next.url : undefined;
}

/**
 * The resources of every prefetch key. A key whose value is null had no data (the spec's
 * "no results"); one whose value is an OperationOutcome could not be prefetched, so its kind of
 * record is unavailable ("could not be read", never "none"). Missing keys, and the later pages of
 * a paginated prefetch, are read from the FHIR server when there is a reader; a key still
 * incomplete is unavailable too (what was read is kept). With missing keys and no reader the
 * route answers 412.
 */
export async function gatherPrefetch(
  request: HookRequest,
  reader: FhirReader | undefined,
  reads: readonly PrefetchRead[] = PREFETCH_READS,
): Promise<Gathered> {
  const missing = reads.filter((r) => !(r.key in request.prefetch));
  if (missing.length > 0 && !reader) return { kind: 'missing', keys: missing.map((r) => r.key) };
  const resources: unknown[] = [];
  const unavailable = new Set<DataSource>();
  const toRead: { readonly read: PrefetchRead; readonly path: string }[] = [];
  for (const read of reads) {
    const value = request.prefetch[read.key];
    if (value === null) continue;
    if (value === undefined) {
      toRead.push({ read, path: fillTemplate(read.template, request.patientId) });
      continue;
    }
    if (!isObject(value) || typeof value.resourceType !== 'string') {
      return { kind: 'invalid', reason: `prefetch.${read.key} must be a FHIR resource, a Bundle or null` };
    }
    if (value.resourceType === 'OperationOutcome') {
      for (const source of read.sources) unavailable.add(source);
      continue;
    }
    resources.push(value);
    const next = nextLink(value);
    if (next === undefined) continue;
    if (reader?.owns(next)) toRead.push({ read, path: next });
    else for (const source of read.sources) unavailable.add(source);
  }
  if (reader) {
    const fetched = await Promise.all(
      toRead.map(async ({ read, path }) => {
        try {
          const result = await reader.readAll(path);
          if (!result.complete) for (const source of read.sources) unavailable.add(source);
          return result.resources;
        } catch {
          for (const source of read.sources) unavailable.add(source);
          return [];
        }
      }),
    );
    for (const list of fetched) resources.push(...list);
  }
  return { kind: 'ok', resources, unavailable: [...unavailable].sort() };
}

/**
 * A draft order as the rules would see it once signed today: active, intent order, starting on
 * its own start date or today. Only the status and dates change; codes, names and doses are the
 * order's own, so the rules match riluzole and compute the dose exactly as for any record.
 */
export function asIfSigned(order: Json, asOf: string, index: number): Json {
  const id = typeof order.id === 'string' && order.id !== '' ? order.id : `draft-order-${index + 1}`;
  if (order.resourceType !== 'MedicationRequest') return { ...order, id };
  return {
    ...order,
    id,
    status: 'active',
    intent: 'order',
    ...(typeof order.authoredOn === 'string' ? {} : { authoredOn: asOf }),
  };
}

export interface HookData {
  readonly data: ClinicalData;
  /** The draft orders' medication records (resolved against the prefetched Medications). */
  readonly draftMedications: readonly MedicationRecord[];
}

/**
 * Normalises and assembles one patient's data for the rules.
 * @param resources - the gathered prefetch resources
 * @param drafts - the draft orders as if signed (asIfSigned)
 */
export function buildHookData(
  patientId: string,
  resources: readonly unknown[],
  drafts: readonly Json[],
  unavailable: readonly DataSource[],
  units: UnitConverter,
): HookData {
  const ctx = { units };
  const draftIds = new Set(drafts.map((d) => `${String(d.resourceType)}/${String(d.id)}`));
  const recordItems = resources.flatMap((r) => normalizeResource(r, ctx));
  // The EHR may list the draft among the prefetched orders too: the draft's own version wins.
  const kept = recordItems.filter(
    (i) => i.type !== 'medication' || !draftIds.has(`${i.record.resourceType}/${i.record.id}`),
  );
  const draftItems = drafts.flatMap((d) => normalizeResource(d, ctx));
  const items = [...kept, ...draftItems];
  const assembled = assembleClinicalData(patientId, items, medicationSummaries(items));
  const data: ClinicalData = unavailable.length > 0 ? { ...assembled, unavailable } : assembled;
  const draftMedications = data.medications.filter((m) => draftIds.has(`${m.resourceType}/${m.id}`));
  return { data, draftMedications };
}
