/**
 * FHIR date reading per spec §1 "Dates": first 10 characters as written, never shifted. A value is
 * a date only when the whole of it matches the FHIR R4 grammar of `date`, `dateTime` or `instant`
 * (issue 8.3: "2026-11-209" and "2026-11-20garbage" are not 2026-11-20).
 */
import type { DataNote, IsoDate } from '../../rules/types';

export interface DateReading {
  readonly date?: IsoDate;
  /** The whole value as written (a date-time keeps its time), for same-time pairing. */
  readonly dateTime?: string;
  readonly partial: boolean;
  /** The value as written when it was present but not a FHIR date (it is then not read at all). */
  readonly malformed?: string;
}

/**
 * FHIR R4 `dateTime` (http://hl7.org/fhir/R4/datatypes.html#dateTime), anchored. `date` is its
 * prefix without the time, and `instant` a dateTime with every part, so one grammar reads all three.
 */
const YEAR = '([0-9](?:[0-9](?:[0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)';
const ZONE = '(?:Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))';
const TIME = String.raw`T(?:[01][0-9]|2[0-3]):[0-5][0-9]:(?:[0-5][0-9]|60)(?:\.[0-9]+)?${ZONE}`;
const DATE = new RegExp(`^${YEAR}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12][0-9]|3[01])(?:${TIME})?)?)?$`);

/**
 * Reads a FHIR date, dateTime or instant. "2026-03" → 2026-03-01 (partial), "2026" → 2026-01-01
 * (partial); an impossible date (2026-02-30, month 13), a time without seconds or zone, trailing
 * text or a non-string reads as no date, marked `malformed`.
 */
export function readDate(value: unknown): DateReading {
  if (value === undefined || value === null) return { partial: false };
  const s = typeof value === 'string' ? value : undefined;
  const m = s !== undefined ? DATE.exec(s) : null;
  if (s === undefined || !m?.[1]) return malformed(value);
  const [y, mo, d] = [m[1], m[2], m[3]];
  if (d !== undefined) {
    if (Number(d) > daysInMonth(Number(y), Number(mo))) return malformed(value);
    return { date: `${y}-${mo}-${d}`, dateTime: s, partial: false };
  }
  return { date: `${y}-${mo ?? '01'}-01`, dateTime: s, partial: true };
}

/** A present value that is not a FHIR date: kept as written (shortened) for the data note. */
function malformed(value: unknown): DateReading {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(typeof value);
  }
  return { partial: false, malformed: text.length > 40 ? `${text.slice(0, 40)}…` : text };
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

/**
 * The first of `values` that is present, read as a date. A present value that is not a FHIR date
 * ends the search as no date (`malformed`): a later field (`issued` for an effective time, `authoredOn`
 * for a start) is another fact, and must not stand in for a date the record got wrong.
 */
export function firstDate(...values: unknown[]): DateReading {
  for (const v of values) {
    if (v === undefined || v === null) continue;
    return readDate(v);
  }
  return { partial: false };
}

/**
 * The notes of a reading: `data.date-partial` for a partial date, `data.date-missing` for a value
 * that is not a FHIR date (never read as one).
 */
export function partialNote(r: DateReading, resourceType: string, id: string, what: string): DataNote[] {
  if (r.malformed !== undefined) {
    const detail = `${what} "${r.malformed}" is not a FHIR date: not read.`;
    return [{ code: 'data.date-missing', detail, resourceType, id }];
  }
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
