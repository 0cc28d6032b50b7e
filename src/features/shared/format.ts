import { formatLocalDate as format } from './date-format';
import { formatMultiple as formatMultipleNumber, resultWords, unitText, valueText } from '../../rules';
import type { Analyte, Comparator, Evidence, IsoDate } from '../../rules/types';

/** A no-break space keeps "0.4 ×10⁹/L" on one line in a narrow side panel. */
const NBSP = '\u00a0';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * Parses YYYY-MM-DD as a local calendar date. `new Date("2026-10-02")` would be UTC midnight and
 * show as 1 Oct west of Greenwich (spec §1: dates are never shifted).
 */
function toLocalDate(date: IsoDate): Date | undefined {
  const m = ISO_DATE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const local = new Date(2000, 0, 1);
  local.setFullYear(y, mo, d); // not new Date(y, …): that reads years 0–99 as 1900–1999
  // "2026-13-45" would roll over to a real date: show it as written instead.
  return local.getFullYear() === y && local.getMonth() === mo && local.getDate() === d ? local : undefined;
}

/** "2 Oct 2026". */
export function formatDate(date: IsoDate | undefined): string {
  if (!date) return 'date unknown';
  const d = toLocalDate(date);
  return d ? format(d, 'd MMM yyyy') : date;
}

/** A date standing alone: not part of a resource id such as "Observation/alt-2026-10-02". */
const ISO_DATE_IN_TEXT = /(?<![\w/.-])\d{4}-\d{2}-\d{2}(?![\w-])/g;

/**
 * Rule texts cite dates as YYYY-MM-DD; the screen writes every other date as "2 Oct 2026", and
 * a clinician should not have to read two formats side by side.
 */
export function readableDates(text: string): string {
  return text.replace(ISO_DATE_IN_TEXT, (d) => formatDate(d));
}

/** "2 Oct": for the summary line, where the year is the current one and space is short. */
export function formatShortDate(date: IsoDate | undefined, asOf?: IsoDate): string {
  if (!date) return 'date unknown';
  const d = toLocalDate(date);
  if (!d) return date;
  const sameYear = asOf !== undefined && asOf.slice(0, 4) === date.slice(0, 4);
  return format(d, sameYear ? 'd MMM' : 'd MMM yyyy');
}

/** An ISO instant in the viewer's local time: "25 Nov 2026, 10:45". */
export function formatInstant(instant: string | undefined): string {
  if (!instant) return 'unknown';
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? instant : format(d, 'd MMM yyyy, HH:mm');
}

/** Epoch seconds of a calendar date at local noon, for charts (noon keeps DST shifts off the day). */
export function toEpochSeconds(date: IsoDate): number | undefined {
  const d = toLocalDate(date);
  return d ? d.getTime() / 1000 + 12 * 3600 : undefined;
}

/** Spec §1 display rule (the rules' own rounding, so "5.04×" never reads "5.0×"), with its sign. */
export function formatMultiple(x: number): string {
  return `${formatMultipleNumber(x)}×`;
}

/** UCUM canonical units in the spelling a clinician reads (the rules' words). */
export function formatUnit(unit: string | undefined): string {
  return unitText(unit);
}

/**
 * "212 U/L", "<300 U/L" (spec §1 "Display": a comparator is always shown). The rules' own
 * formatting (rules/display.ts), so the screen and the finding texts cannot disagree.
 */
export function formatValue(value: number | undefined, unit: string | undefined, comparator?: Comparator): string {
  if (value === undefined) return 'no value';
  return valueText(value, unit, comparator, NBSP);
}

/** A result's value with its comparator, as every panel shows it ("<300 U/L"). */
export function formatResultValue(e: Evidence): string {
  return resultWords(e, NBSP).value ?? 'no value';
}

/** A result's multiple of the ULN: "5.3× ULN", or a bound under a comparator ("at most 7.5× ULN"). */
export function formatResultMultiple(e: Evidence): string | undefined {
  return resultWords(e, NBSP).multiple;
}

const ANALYTE_NAMES: Readonly<Record<Analyte, string>> = {
  alt: 'ALT',
  ast: 'AST',
  bilirubinTotal: 'Total bilirubin',
  bilirubinDirect: 'Direct bilirubin',
  alp: 'ALP',
  ggt: 'GGT',
  anc: 'ANC',
  wbc: 'WBC',
  neutrophilPct: 'Neutrophils %',
  egfr: 'eGFR',
  weight: 'Weight',
  bmi: 'BMI',
  fvcPct: 'FVC % predicted',
  temperature: 'Temperature',
};

export function analyteName(analyte: Analyte): string {
  return ANALYTE_NAMES[analyte];
}

/** Lab displays often carry their unit ("ALT [U/L]"); the value shows the unit already. */
export function cleanDisplay(display: string): string {
  return display.replace(/\s*\[[^\]]*\]\s*$/, '');
}

/** "ALT 212 U/L (5.3× ULN) on 2 Oct 2026", the way every finding cites a result. */
export function describeEvidence(
  e: Evidence,
  opts: { readonly short?: boolean; readonly asOf?: IsoDate } = {},
): string {
  const parts: string[] = [cleanDisplay(e.display)];
  const words = resultWords(e, NBSP);
  if (words.value !== undefined) parts.push(words.value);
  if (words.multiple !== undefined) parts.push(`(${words.multiple})`);
  if (e.date) parts.push(`on ${opts.short ? formatShortDate(e.date, opts.asOf) : formatDate(e.date)}`);
  return parts.join(' ');
}

/** Whose ULN it is, in words; an assumed ULN is the clinic's setting, not the lab's or the label's. */
export function describeUln(e: Evidence): string | undefined {
  if (e.uln === undefined) return undefined;
  const v = formatValue(e.uln, e.unit);
  return e.ulnSource === 'assumed'
    ? `ULN ${v} assumed (clinic setting; the lab gave no range)`
    : `ULN ${v} from the lab`;
}
