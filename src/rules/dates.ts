/**
 * Calendar arithmetic on `YYYY-MM-DD` strings (spec §1 "Dates", "Months").
 * Dates are never shifted to a time zone: we work on the written calendar day only, through
 * UTC day numbers so that no local offset or DST can move a day.
 */
import type { IsoDate } from './types';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** The calendar date of a FHIR date/dateTime string (its first 10 characters), or undefined if unreadable. */
export function toIsoDate(value: string | undefined): IsoDate | undefined {
  if (typeof value !== 'string') return undefined;
  const head = value.slice(0, 10);
  const m = ISO_DAY.exec(head);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return head;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parts(date: IsoDate): [number, number, number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const yyyy = y < 0 ? String(y) : String(y).padStart(4, '0');
  return `${yyyy}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtc((dayNumber(date) + days) * MS_PER_DAY);
}

/**
 * `start` plus `months`, the day clamped to the month's last day (2026-01-31 + 1 month =
 * 2026-02-28). Always compute from the course start, never step by step, so clamping never drifts.
 */
export function addMonths(start: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(start);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const day = Math.min(d, daysInMonth(ny, nm));
  return fromUtc(Date.UTC(ny, nm - 1, day));
}

/** Negative when a is before b, 0 on the same day, positive after. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** True when from ≤ date ≤ to (both ends included, spec §1 "the last N days"). */
export function inRange(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}

/** Completed years of age on `on`; undefined when the birth date is unreadable or in the future. */
export function ageInYears(birthDate: string | undefined, on: IsoDate): number | undefined {
  const birth = toIsoDate(birthDate) ?? partialBirth(birthDate);
  if (!birth || birth > on) return undefined;
  const [by, bm, bd] = parts(birth);
  const [y, m, d] = parts(on);
  const beforeBirthday = m < bm || (m === bm && d < bd);
  return y - by - (beforeBirthday ? 1 : 0);
}

/** A partial birth date (YYYY or YYYY-MM) takes its first day (spec §1). */
function partialBirth(value: string | undefined): IsoDate | undefined {
  if (typeof value !== 'string') return undefined;
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return toIsoDate(`${value}-01`);
  return undefined;
}

/** The later of two dates. */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a < b ? a : b;
}
