import type { Writable } from 'node:stream';
import { assembleClinicalData } from '../fhir/normalize';
import { sourcesOfResourceType } from '../fhir/resource-sources';
import { loadUcumConverter } from '../fhir/units';
import { assessRiluzole } from '../rules';
import type { CliOptions } from './args';
import { Collector } from './collector';
import { InputError } from './input-error';
import { formatText } from './format-text';
import { loadSettings } from './load-settings';
import { type BadLine, expandPath, fileResources } from './read-files';
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
  const collector = new Collector(await loadUcumConverter(), spillAfter());
  const store = collector.groups;
  timer('start-up (settings, UCUM)');
  const unreadable = new UnreadableLines(warn);
  try {
    const files: string[] = [];
    const seenFiles = new Set<string>();
    for (const path of options.paths) files.push(...(await expandPath(path, seenFiles)));
    const { repeats } = await collectFiles(collector, files, { onBadLine: unreadable.add });
    for (const warning of collector.finish()) warn(warning);
    if (repeats > 0) warn(`${repeats} resource(s) appeared more than once (same type and id); each was read once`);
    const unavailable = unreadable.unavailable();
    timer(`read and normalise${store.spilled ? ' (records spilled to temp files)' : ''}`);

    let first = true;
    await store.emitInOrder(
      (id, items) => {
        const assembled = assembleClinicalData(id, items, collector.medications);
        const data =
          unavailable.length === 0
            ? assembled
            : { ...assembled, unavailable: [...new Set([...(assembled.unavailable ?? []), ...unavailable])] };
        const assessment = assessRiluzole(data, { asOf: options.asOf, policy, settings });
        return options.format === 'json' ? JSON.stringify(assessment) : formatText(assessment);
      },
      async (text) => {
        // Text summaries are separated by a blank line; JSON is one line per patient.
        await writeLine(out, options.format === 'text' && !first ? `\n${text}` : text);
        first = false;
      },
    );
    timer('assemble, assess and write');
    return { patients: store.patientIds().length, partial: unreadable.lines > 0 };
  } finally {
    store.dispose();
  }
}

/**
 * Remembers the resources read, by type and id: a resource found in two files is read once. Only
 * the types the app reads: an Organization shared by several Synthea bundles is no news.
 */
class ReadOnce {
  private readonly ids = new Map<string, Set<string>>();
  repeats = 0;

  first(resource: { readonly resourceType: string; readonly id?: unknown }): boolean {
    if (typeof resource.id !== 'string' || resource.id === '') return true;
    if (sourcesOfResourceType(resource.resourceType).length === 0) return true;
    let ids = this.ids.get(resource.resourceType);
    if (!ids) this.ids.set(resource.resourceType, (ids = new Set()));
    if (ids.has(resource.id)) {
      this.repeats += 1;
      return false;
    }
    ids.add(resource.id);
    return true;
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
  for (const file of files) {
    try {
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
