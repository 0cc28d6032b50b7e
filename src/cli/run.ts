import type { Writable } from 'node:stream';
import { loadUcumConverter } from '../fhir/units';
import type { CliOptions } from './args';
import { collectNdjsonInPool } from './bulk-collect';
import { type BulkPool, bulkPoolFor, defaultThreads } from './bulk-pool';
import { Collector } from './collector';
import { InputError } from './input-error';
import { loadSettings } from './load-settings';
import { producePatient, type ProduceSpec } from './produce';
import { type BadLine, expandPath, fileResources } from './read-files';
import { ReadOnce } from './read-once';
import { UnreadableLines } from './unreadable';
import { writeLine } from './write-line';

/**
 * Reads every input, then assesses each patient in patient-id order and writes one line of JSON
 * (or a text block) per patient. Warnings (records that name no patient, NDJSON lines that could
 * not be read, resources read twice) go to `warn`.
 * @returns the patients assessed, and `partial` when some input lines could not be read
 * @throws InputError for bad input; nothing is written to `out` before all input has been read
 */
export async function runAssessment(
  options: CliOptions,
  out: Writable,
  warn: (line: string) => void = (line) => process.stderr.write(`assess: ${line}\n`),
): Promise<{ readonly patients: number; readonly partial: boolean }> {
  const timer = phaseTimer(warn);
  const settings = await loadSettings(options.settingsFile);
  const policy = options.policy ?? settings.policy;
  const reference = options.reference ?? false;
  const collector = new Collector(await loadUcumConverter(), spillAfter(), reference);
  const store = collector.groups;
  timer('start-up (settings, UCUM)');
  const unreadable = new UnreadableLines(warn);
  let pool: BulkPool | undefined;
  try {
    const files: string[] = [];
    const seenFiles = new Set<string>();
    for (const path of options.paths) files.push(...(await expandPath(path, seenFiles)));
    pool = bulkPoolFor(options.threads ?? defaultThreads(), files);
    const { repeats } = await collectFiles(collector, files, { onBadLine: unreadable.add, pool, reference });
    for (const warning of collector.finish()) warn(warning);
    if (repeats > 0) warn(`${repeats} resource(s) appeared more than once (same type and id); each was read once`);
    const unavailable = unreadable.unavailable();
    const threads = pool ? `${pool.threads} worker threads` : 'one thread';
    timer(`read and normalise, ${threads}${store.spilled ? ' (records spilled to temp files)' : ''}`);

    const spec: ProduceSpec = {
      kind: 'cli',
      format: options.format,
      asOf: options.asOf,
      policy,
      settings,
      unavailable,
    };
    const parallel = pool && store.spilled ? pool : undefined;
    await parallel?.setup(spec, collector.medications);
    let first = true;
    await store.emitInOrder(
      (id, items) => producePatient(spec, id, items, collector.medications),
      async (text) => {
        // Text summaries are separated by a blank line; JSON is one line per patient.
        await writeLine(out, options.format === 'text' && !first ? `\n${text}` : text);
        first = false;
      },
      parallel && ((path) => parallel.shard(path)),
    );
    timer('assemble, assess and write');
    return { patients: store.patientIds().length, partial: unreadable.lines > 0 };
  } finally {
    store.dispose();
    await pool?.close();
  }
}

/** How collectFiles treats bad input. */
export interface CollectOptions {
  /** An NDJSON line that is not JSON or not a resource: given, it is reported and skipped. */
  readonly onBadLine?: (bad: BadLine) => void;
  /**
   * A file's InputError: absent, it ends the read; given, it is reported and the read goes on with
   * the next file (records already taken from the failed file are kept).
   */
  readonly onFileError?: (file: string, error: InputError) => void;
  /** Given (with onBadLine), NDJSON files are read and normalised by its workers. */
  readonly pool?: BulkPool;
  /** Normalise the reference way only (no fast lab path; the bench's baseline). */
  readonly reference?: boolean;
}

/**
 * Reads each file's resources into the collector (normalised, grouped by patient, spilled to temp
 * files past its limit), in order, each resource of the types the app reads once (by type and id).
 * The Bulk export's assessment (src/server/bulk) reads its downloaded files through this too: one
 * NDJSON path for both.
 * @returns how many resources were left out as repeats
 * @throws InputError for a file that cannot be read or is not FHIR JSON / NDJSON
 */
export async function collectFiles(
  collector: Collector,
  files: readonly string[],
  options: CollectOptions = {},
): Promise<{ readonly repeats: number }> {
  const once = new ReadOnce();
  let count = 0;
  const { pool, onBadLine } = options;
  for (const file of files) {
    try {
      if (pool && onBadLine && NDJSON_FILE.test(file)) {
        await collectNdjsonInPool(collector, file, pool, once, onBadLine, options.reference ?? false);
        continue;
      }
      for (const sourced of fileResources(file, options.onBadLine)) {
        if (!once.first(sourced.resource)) continue;
        collector.add(sourced);
        // Reading is synchronous (fast); let Ctrl-C and stream events in now and then.
        if (++count % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      }
    } catch (error) {
      if (!(options.onFileError && error instanceof InputError)) throw error;
      options.onFileError(file, error);
    }
  }
  return { repeats: once.repeats };
}

/**
 * Records held in memory before the store spills to temp files: about 60 MB of records (some 500
 * patients with 5 years of monthly liver tests). Past it, peak memory stays flat however large
 * the input, for some 10–25% more CPU time. ASSESS_SPILL_AFTER changes it (tests, tuning).
 */
export function spillAfter(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.ASSESS_SPILL_AFTER);
  return Number.isInteger(value) && value >= 0 && env.ASSESS_SPILL_AFTER !== '' ? value : DEFAULT_SPILL_AFTER;
}

const DEFAULT_SPILL_AFTER = 100_000;

/** The files fileResources reads line by line from the start (the pool reads only those). */
const NDJSON_FILE = /\.(ndjson|jsonl)$/i;

/** Resources read between two turns of the event loop (about 1–2 ms of work). */
const YIELD_EVERY = 1000;

/** With ASSESS_TIMING set, reports each phase's wall time (the bench uses it to find hot spots). */
function phaseTimer(warn: (line: string) => void): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    if (!process.env.ASSESS_TIMING) return;
    const now = performance.now();
    // Under node --expose-gc, collect first: then "heap used" is what is live, not what is lazily left.
    (globalThis as { gc?: () => void }).gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
    warn(`timing: ${phase} ${((now - last) / 1000).toFixed(2)} s (now rss ${mb(rss)}, heap used ${mb(heapUsed)})`);
    last = now;
  };
}
