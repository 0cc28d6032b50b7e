/** FHIR date reading per spec §1 "Dates": first 10 characters as written, never shifted. */
import type { DataNote, IsoDate } from '../../rules/types';

export interface DateReading {
  readonly date?: IsoDate;
  /** The whole value as written (a date-time keeps its time), for same-time pairing. */
  readonly dateTime?: string;
  readonly partial: boolean;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

/**
 * Reads a FHIR date, dateTime or instant. "2026-03" → 2026-03-01 (partial), "2026" → 2026-01-01
 * (partial); an impossible date (2026-02-30, month 13) or non-date text reads as no date.
 */
export function readDate(value: unknown): DateReading {
  if (typeof value !== 'string') return { partial: false };
  const s = value.trim();
  const m = DATE.exec(s);
  if (!m?.[1]) return { partial: false };
  const [y, mo, d] = [m[1], m[2], m[3]];
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return { partial: false };
  if (d !== undefined) {
    if (Number(d) < 1 || Number(d) > daysInMonth(Number(y), Number(mo))) return { partial: false };
    return { date: `${y}-${mo}-${d}`, dateTime: s, partial: false };
  }
  return { date: `${y}-${mo ?? '01'}-01`, dateTime: s, partial: true };
}

/**
 * Days in a month, without a Date object per call (every Observation's dates pass here). Mirrors
 * `Date.UTC(year, month, 0)`, which reads years 0–99 as 1900–1999: so year 0 is not a leap year.
 */
function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const y = year < 100 ? year + 1900 : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** The first of `values` that reads as a date. */
export function firstDate(...values: unknown[]): DateReading {
  for (const v of values) {
    const r = readDate(v);
    if (r.date !== undefined) return r;
  }
  return { partial: false };
}

/** The `data.date-partial` note for a partial reading, if any. */
export function partialNote(r: DateReading, resourceType: string, id: string, what: string): DataNote[] {
  return r.partial
    ? [
        {
          code: 'data.date-partial',
          detail: `${what} "${r.dateTime ?? ''}" is a partial date; read as ${r.date ?? ''}.`,
          resourceType,
          id,
        },
      ]
    : [];
}
