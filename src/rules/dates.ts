/**
 * Calendar arithmetic on `YYYY-MM-DD` strings (spec §1 "Dates", "Months").
 * Dates are never shifted to a time zone: we work on the written calendar day only, through
 * UTC day numbers so that no local offset or DST can move a day.
 */
import { civilFromDays, daysInMonth, MAX_DAY_NUMBER, twoDigits, utcDayNumber } from './civil-days';
import type { IsoDate } from './types';

const MS_PER_DAY = 86_400_000;
const DASH = 0x2d;
const LETTER_T = 0x54;

/**
 * The calendar date of a FHIR date/dateTime string (its first 10 characters), or undefined if
 * unreadable. The normaliser checks the whole FHIR grammar; here a day followed by anything but a
 * time is refused.
 */
export function toIsoDate(value: string | undefined): IsoDate | undefined {
  if (typeof value !== 'string' || value.length < 10) return undefined;
  // Read with char codes, not a regex: "YYYY-MM-DD", a real calendar day.
  const hi = twoDigits(value, 0);
  const lo = twoDigits(value, 2);
  const mo = twoDigits(value, 5);
  const d = twoDigits(value, 8);
  if (hi < 0 || lo < 0 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(hi * 100 + lo, mo)) return undefined;
  if (value.length === 10) return value;
  // Only a time may follow the day: "2026-11-209" and "2026-11-20garbage" are not dates (issue 8.3).
  return value.charCodeAt(10) === LETTER_T ? value.slice(0, 10) : undefined;
}

/** Year, month and day as written; NaN where the text is not a number (then Date rules apply). */
function parts(date: IsoDate): [number, number, number] {
  const hi = twoDigits(date, 0);
  const lo = twoDigits(date, 2);
  const mo = twoDigits(date, 5);
  const d = twoDigits(date, 8);
  if (hi >= 0 && lo >= 0 && mo >= 0 && d >= 0) return [hi * 100 + lo, mo, d];
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** A day number as YYYY-MM-DD ("NaN-NaN-NaN" for what Date cannot hold, as before). */
function fromDayNumber(days: number): IsoDate {
  if (!Number.isInteger(days) || Math.abs(days) > MAX_DAY_NUMBER) return fromUtc(days * MS_PER_DAY);
  const [y, m, d] = civilFromDays(days);
  const yyyy = y < 0 ? String(y) : String(y).padStart(4, '0');
  return `${yyyy}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** The Date-based formula, kept for values the integer path does not cover (NaN, fractions). */
function fromUtc(ms: number): IsoDate {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const yyyy = y < 0 ? String(y) : String(y).padStart(4, '0');
  return `${yyyy}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** `Math.round(Date.UTC(y, monthIndex, d) / MS_PER_DAY)`, by integer arithmetic when it can. */
function utcDays(y: number, monthIndex: number, d: number): number {
  if (Number.isInteger(y) && Number.isInteger(monthIndex) && Number.isInteger(d)) return utcDayNumber(y, monthIndex, d);
  return Math.round(Date.UTC(y, monthIndex, d) / MS_PER_DAY);
}

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return utcDays(y, m - 1, d);
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
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
  // Far outside Date's range (±275,760 years) or not integers: the Date formula decides.
  if (!Number.isInteger(total) || !Number.isInteger(d) || Math.abs(ny) > 200_000) {
    const day = Math.min(d, new Date(Date.UTC(ny, nm, 0)).getUTCDate());
    return fromUtc(Date.UTC(ny, nm - 1, day));
  }
  const day = Math.min(d, daysInMonth(ny, nm));
  return fromDayNumber(utcDayNumber(ny, nm - 1, day));
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
