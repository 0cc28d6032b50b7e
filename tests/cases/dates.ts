/**
 * Calendar arithmetic for the case files, on `YYYY-MM-DD` strings in plain UTC.
 * Deliberately independent of src/rules: the cases are the independent check of the rules, so they
 * must not share date code with them (spec §1 "Dates" and "Months").
 */

const DAY_MS = 86_400_000;

function parse(date: string): { y: number; m: number; d: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`dates.ts: not a YYYY-MM-DD date: ${date}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function toMs(date: string): number {
  const { y, m, d } = parse(date);
  return Date.UTC(y, m - 1, d);
}

/** `date` plus `n` days (negative goes back). */
export function addDays(date: string, n: number): string {
  return format(toMs(date) + n * DAY_MS);
}

/** The date `n` days before `asOf`. */
export function daysBefore(asOf: string, n: number): string {
  return addDays(asOf, -n);
}

/** The date `n` days after `date`. */
export function daysAfter(date: string, n: number): string {
  return addDays(date, n);
}

/**
 * `date` plus `n` calendar months, the day clamped to the month's last day
 * (spec §1: 2026-01-31 + 1 month = 2026-02-28). Always compute from the same start.
 */
export function addMonths(date: string, n: number): string {
  const { y, m, d } = parse(date);
  const monthIndex = y * 12 + (m - 1) + n;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return format(Date.UTC(year, month, Math.min(d, lastDay)));
}

/** `date` minus `n` calendar months (clamped). */
export function monthsBefore(date: string, n: number): string {
  return addMonths(date, -n);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY_MS);
}

/** A birth date giving an age of `years` at `asOf` (plus `extraDays` older). */
export function birthDateForAge(asOf: string, years: number, extraDays = 0): string {
  return addDays(addMonths(asOf, -12 * years), -extraDays);
}

/** The year-month prefix (`YYYY-MM`) of a date, for partial-date cases. */
export function yearMonth(date: string): string {
  return date.slice(0, 7);
}
