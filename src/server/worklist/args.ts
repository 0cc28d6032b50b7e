/**
 * The worklist command line's arguments: `list`, `review` and `export`, each checked before anything
 * runs (a bad argument is exit status 2 with one line and the usage).
 */
import { parseArgs } from 'node:util';
import { isIsoDate, localToday } from '../../cli/args';
import type { IsoDate, Policy } from '../../rules/types';
import { REVIEW_ACTIONS, type ReviewAction } from '../../rules/worklist';

export const DEFAULT_DB = 'data/worklist.sqlite';

export type ListFormat = 'json' | 'text' | 'csv';

export type Command =
  | { readonly kind: 'list'; readonly db: string; readonly format: ListFormat; readonly today: IsoDate }
  | {
      readonly kind: 'review';
      readonly db: string;
      readonly patient: string;
      readonly action: ReviewAction;
      readonly until?: IsoDate;
      readonly note?: string;
      readonly by: string;
      readonly today: IsoDate;
    }
  | { readonly kind: 'history'; readonly db: string; readonly patient: string }
  | {
      readonly kind: 'export';
      readonly db: string;
      readonly fhir: string;
      readonly group: string;
      readonly clientId: string;
      readonly keyFile: string;
      readonly kid?: string;
      readonly asOf: IsoDate;
      readonly policy?: Policy;
      readonly settingsFile?: string;
      readonly noMedicationStatement: boolean;
    };

export type Parsed =
  | { readonly kind: 'run'; readonly command: Command }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export const USAGE = `Usage: npm run worklist -- <command> [options]

  list     [--db FILE] [--format json|text|csv] [--today DATE]
           the current worklist in rank order
  review   --patient ID --action acknowledge|snooze|follow-up [--until DATE] [--note TEXT] --by USER [--db FILE]
           record a review of the patient's current assessment (a snooze needs --until, after today)
  history  --patient ID [--db FILE]
           the patient's reviews, oldest first
  export   --fhir BASE --group ID --client-id ID --key FILE [--kid ID] [--as-of DATE] [--policy us|eu]
           [--settings FILE] [--no-medication-statement] [--db FILE]
           run a Bulk Data Group export, assess every patient and store the run

The database defaults to ${DEFAULT_DB}.
Exit status: 0 done; 2 bad arguments or input; export: 3 when some data could not be read
(those patients are stored and listed with the reason), 1 when the export failed (nothing stored as current).`;

const OPTIONS = {
  db: { type: 'string' },
  format: { type: 'string' },
  today: { type: 'string' },
  patient: { type: 'string' },
  action: { type: 'string' },
  until: { type: 'string' },
  note: { type: 'string' },
  by: { type: 'string' },
  fhir: { type: 'string' },
  group: { type: 'string' },
  'client-id': { type: 'string' },
  key: { type: 'string' },
  kid: { type: 'string' },
  'as-of': { type: 'string' },
  policy: { type: 'string' },
  settings: { type: 'string' },
  'no-medication-statement': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const ALLOWED: Readonly<Record<Command['kind'], readonly string[]>> = {
  list: ['db', 'format', 'today'],
  review: ['db', 'patient', 'action', 'until', 'note', 'by', 'today'],
  history: ['db', 'patient'],
  export: ['db', 'fhir', 'group', 'client-id', 'key', 'kid', 'as-of', 'policy', 'settings', 'no-medication-statement'],
};

const COMMANDS = Object.keys(ALLOWED) as Command['kind'][];

class ArgError extends Error {}

type Values = {
  readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'boolean' ? boolean : string;
};

function required(values: Values, name: 'patient' | 'by' | 'fhir' | 'group' | 'client-id' | 'key' | 'action'): string {
  const v = values[name];
  if (v === undefined || v.trim() === '') throw new ArgError(`--${name} is required`);
  return v;
}

function date(values: Values, name: 'today' | 'until' | 'as-of', fallback?: IsoDate): IsoDate | undefined {
  const v = values[name] ?? fallback;
  if (v !== undefined && !isIsoDate(v)) throw new ArgError(`--${name} must be a date YYYY-MM-DD, not "${v}"`);
  return v;
}

function build(kind: Command['kind'], values: Values, today: IsoDate): Command {
  const db = values.db ?? DEFAULT_DB;
  const day = date(values, 'today', today) ?? today;
  switch (kind) {
    case 'list': {
      const format = values.format ?? 'json';
      if (format !== 'json' && format !== 'text' && format !== 'csv')
        throw new ArgError(`--format must be json, text or csv, not "${format}"`);
      return { kind, db, format, today: day };
    }
    case 'review': {
      const action = REVIEW_ACTIONS.find((a) => a === values.action);
      if (!action) throw new ArgError(`--action must be ${REVIEW_ACTIONS.join(', ')}, not "${values.action ?? ''}"`);
      const until = date(values, 'until');
      if (action === 'snooze' && until === undefined) throw new ArgError('a snooze needs --until DATE');
      if (action !== 'snooze' && until !== undefined) throw new ArgError('--until is for --action snooze only');
      if (until !== undefined && until <= day) throw new ArgError(`--until must be after today (${day})`);
      const note = values.note;
      return {
        kind,
        db,
        patient: required(values, 'patient'),
        action,
        by: required(values, 'by'),
        today: day,
        ...(until !== undefined ? { until } : {}),
        ...(note !== undefined && note.trim() !== '' ? { note } : {}),
      };
    }
    case 'history':
      return { kind, db, patient: required(values, 'patient') };
    case 'export': {
      const policy = values.policy;
      if (policy !== undefined && policy !== 'us' && policy !== 'eu')
        throw new ArgError(`--policy must be us or eu, not "${policy}"`);
      const fhir = required(values, 'fhir');
      if (!/^https?:\/\/[^\s]+$/.test(fhir)) throw new ArgError(`--fhir must be an http(s) URL, not "${fhir}"`);
      return {
        kind,
        db,
        fhir,
        group: required(values, 'group').replace(/^Group\//, ''),
        clientId: required(values, 'client-id'),
        keyFile: required(values, 'key'),
        asOf: date(values, 'as-of', today) ?? today,
        noMedicationStatement: values['no-medication-statement'] === true,
        ...(values.kid !== undefined ? { kid: values.kid } : {}),
        ...(policy !== undefined ? { policy } : {}),
        ...(values.settings !== undefined ? { settingsFile: values.settings } : {}),
      };
    }
    default: {
      const unknown: never = kind;
      return unknown;
    }
  }
}

/**
 * Parses `<command> [options]`.
 * @param argv - the arguments after the script
 * @param today - the default for --today and --as-of (the machine's local date)
 */
export function parseWorklistArgs(argv: readonly string[], today: IsoDate = localToday()): Parsed {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') return { kind: 'help' };
  const kind = COMMANDS.find((c) => c === first);
  if (!kind) return { kind: 'error', message: `unknown command "${first}" (list, review, history or export)` };
  try {
    const { values, positionals } = parseArgs({ args: rest, options: OPTIONS, strict: true, allowPositionals: true });
    if (values.help) return { kind: 'help' };
    if (positionals.length > 0) throw new ArgError(`unexpected argument "${positionals[0] ?? ''}"`);
    const extra = Object.keys(values).find((k) => !ALLOWED[kind].includes(k));
    if (extra) throw new ArgError(`--${extra} is not an option of ${kind}`);
    return { kind: 'run', command: build(kind, values, today) };
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
