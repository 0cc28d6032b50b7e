import { bulkPoolFor, defaultThreads } from '../../cli/bulk-pool';
import { Collector } from '../../cli/collector';
import type { InputError } from '../../cli/input-error';
import { producePatient, type ProduceSpec } from '../../cli/produce';
import { collectFiles, spillAfter } from '../../cli/run';
import { loadUcumConverter } from '../../fhir/units';
import type { Assessment, DataSource, IsoDate, Policy, Settings } from '../../rules/types';
import type { ExportResult } from './export-types';
import { sourcesOfResourceType } from '../../fhir/resource-sources';

export interface AssessExportOptions {
  readonly asOf: IsoDate;
  readonly policy: Policy;
  readonly settings: Settings;
  /** Lines about the input that are not about one patient (records naming no patient). */
  readonly warn?: (line: string) => void;
  /** Worker threads for reading and assessing (1: none). Absent: 1 (see cli/bulk-pool.ts). */
  readonly threads?: number;
}

/** One patient of the export, assessed. */
export interface AssessedPatient {
  readonly patientId: string;
  readonly assessment: Assessment;
  /**
   * Why some of this patient's data could not be read (one sentence per failed type, without
   * patient data): the same for every patient of the export, since a failed file could have held
   * anyone's records. Empty when every type was read.
   */
  readonly unreadable: readonly string[];
}

/**
 * Assesses every patient of a finished export, in patient-id order, through the command line's
 * NDJSON path (src/cli: normalise, group by patient, spill to temp files). Every type in
 * `failedTypes`, and the type of a downloaded file that turns out unreadable, becomes "could not
 * be read" for EVERY patient (ClinicalData.unavailable), so none of them can read `eligible` or
 * `up-to-date` on what is left.
 */
export async function* assessExport(result: ExportResult, opts: AssessExportOptions): AsyncGenerator<AssessedPatient> {
  const collector = new Collector(await loadUcumConverter(), spillAfter());
  const failed = new Map<string, string>();
  for (const type of result.failedTypes) failed.set(type, reasonFor(type, result));
  const typeOfFile = new Map(result.files.map((file) => [file.path, file.type]));
  const paths = result.files.map((file) => file.path);
  const pool = bulkPoolFor(opts.threads ?? defaultThreads(), paths);
  try {
    await collectFiles(collector, paths, {
      pool,
      // A line that is not JSON or not a resource is skipped, and the rest of the file is read;
      // its type is incomplete for everyone (whose record it was cannot be known).
      onBadLine: (bad) => {
        const type = typeOfFile.get(bad.file) ?? 'unknown';
        if (!failed.has(type))
          failed.set(type, `The export's ${type} file had a line that could not be read (line ${bad.line}).`);
      },
      onFileError: (file: string, error: InputError) => {
        const type = typeOfFile.get(file) ?? 'unknown';
        // The rest of the file is unread: its type is incomplete for everyone.
        if (!failed.has(type)) failed.set(type, `The export's ${type} file could not be read (${lineOf(error)}).`);
      },
    });
    for (const warning of collector.finish()) opts.warn?.(warning.replace(/^.*\//, ''));
    const { asOf, policy, settings } = opts;
    const unavailable = unavailableOf([...failed.keys()]);
    const spec: ProduceSpec = { kind: 'export', asOf, policy, settings, unavailable, unreadable: [...failed.values()] };
    const parallel = pool && collector.groups.spilled ? pool : undefined;
    await parallel?.setup(spec, collector.medications);
    yield* handOver((write) =>
      collector.groups.emitInOrder(
        (patientId, items) => producePatient(spec, patientId, items, collector.medications),
        write,
        parallel && ((path) => parallel.shard(path)),
      ),
    );
  } finally {
    collector.groups.dispose();
    await pool?.close();
  }
}

/** The sources every patient lacks when these types failed. */
export function unavailableOf(types: readonly string[]): DataSource[] {
  return [...new Set(types.flatMap(sourcesOfResourceType))];
}

function reasonFor(type: string, result: ExportResult): string {
  const error = result.errors.find((entry) => entry.type === type) ?? result.errors.find((e) => e.type === undefined);
  return `The export's ${type} data could not be read${error ? ` (${error.message})` : ''}.`;
}

/** The InputError's message without the folder (a temp path says nothing to a nurse). */
function lineOf(error: InputError): string {
  return error.message.replace(/^.*\//, '');
}

/**
 * Turns emitInOrder's callback into a generator: each line is yielded as it is written, and the
 * writer waits for the consumer, so one patient at a time is in memory. A consumer that stops
 * early makes the pending write fail, which lets the store close its files.
 */
async function* handOver(
  run: (write: (text: string) => Promise<void>) => Promise<void>,
): AsyncGenerator<AssessedPatient> {
  let slot:
    { readonly item: AssessedPatient; readonly taken: () => void; readonly stop: (e: Error) => void } | undefined;
  let inHand: typeof slot;
  let wake: (() => void) | undefined;
  let finished = false;
  let failure: unknown;
  const write = (text: string): Promise<void> =>
    new Promise<void>((taken, stop) => {
      slot = { item: JSON.parse(text) as AssessedPatient, taken, stop };
      wake?.();
    });
  const producer = run(write).then(
    () => void (finished = true),
    (error: unknown) => void ((failure = error), (finished = true)),
  );
  void producer.finally(() => wake?.());
  try {
    for (;;) {
      if (slot === undefined && !finished) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      const current = slot;
      if (current !== undefined) {
        slot = undefined;
        inHand = current;
        yield current.item;
        inHand = undefined;
        current.taken();
        continue;
      }
      if (failure !== undefined) throw failure;
      return;
    }
  } finally {
    (inHand ?? slot)?.stop(new Error('the consumer stopped reading'));
    await producer;
  }
}
