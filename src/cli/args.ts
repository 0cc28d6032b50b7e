import { parseArgs } from 'node:util';
import type { IsoDate, Policy } from '../rules/types';

export type OutputFormat = 'json' | 'text';

export interface CliOptions {
  readonly asOf: IsoDate;
  /** Absent: the settings file's policy (itself `us` by default). */
  readonly policy?: Policy;
  readonly settingsFile?: string;
  readonly format: OutputFormat;
  readonly paths: readonly string[];
  /** Worker threads for NDJSON input (1: none). Absent: 1 (see bulk-pool.ts). */
  readonly threads?: number;
  /** The reference normaliser only, no fast lab path (the bench's baseline). */
  readonly reference?: boolean;
}

export type ParsedArgs =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export const USAGE = `Usage: npm run assess -- [options] PATH...

Assess riluzole eligibility and liver-test monitoring for every patient found in PATH.
PATH is a FHIR R4 Bundle (any type, transaction bundles included), a JSON array of resources,
one resource, an NDJSON file (a Bulk Data export), or a folder of those (read recursively).
Prints one Assessment JSON per patient per line, ordered by patient id.

Options:
  --as-of YYYY-MM-DD   the date to assess on (default: today, local time)
  --policy us|eu       the label policy (default: the settings file's, else us)
  --settings FILE      clinic settings JSON (default: the spec's defaults)
  --format json|text   one JSON line per patient (default), or a short human summary
  --threads N          worker threads for NDJSON input (default 1: none; workers measured slower here)
  --reference          normalise the reference way only (slower; for comparison)
  -h, --help           print this help

Exit status: 0 on success, 2 on bad arguments or unreadable input.`;

/** More threads than this is a typo, not a machine. */
const MAX_THREADS = 64;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Today's date on the machine's own calendar: a clinician running this means their today. */
export function localToday(now: Date = new Date()): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * Parses the command line (without `node` and the script).
 * @param argv - the arguments, e.g. `process.argv.slice(2)`
 * @param today - the default `--as-of`
 */
export function parseCliArgs(argv: readonly string[], today: IsoDate = localToday()): ParsedArgs {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'as-of': { type: 'string' },
        policy: { type: 'string' },
        settings: { type: 'string' },
        format: { type: 'string' },
        threads: { type: 'string' },
        reference: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values.help) return { kind: 'help' };

  const asOf = values['as-of'] ?? today;
  if (!isIsoDate(asOf)) return { kind: 'error', message: `--as-of must be a date YYYY-MM-DD, not "${asOf}"` };
  const policy = values.policy;
  if (policy !== undefined && policy !== 'us' && policy !== 'eu') {
    return { kind: 'error', message: `--policy must be us or eu, not "${policy}"` };
  }
  const format = values.format ?? 'json';
  if (format !== 'json' && format !== 'text') {
    return { kind: 'error', message: `--format must be json or text, not "${format}"` };
  }
  const threads = values.threads !== undefined ? Number(values.threads) : undefined;
  if (threads !== undefined && !(/^\d+$/.test(values.threads ?? '') && threads >= 1 && threads <= MAX_THREADS)) {
    return {
      kind: 'error',
      message: `--threads must be a whole number from 1 to ${MAX_THREADS}, not "${values.threads}"`,
    };
  }
  if (values.settings === '') return { kind: 'error', message: '--settings needs a file name' };
  if (positionals.length === 0) return { kind: 'error', message: 'no PATH given' };

  return {
    kind: 'run',
    options: {
      asOf,
      format,
      paths: positionals,
      ...(policy !== undefined && { policy }),
      ...(values.settings !== undefined && { settingsFile: values.settings }),
      ...(threads !== undefined && { threads }),
      ...(values.reference === true && { reference: true }),
    },
  };
}
