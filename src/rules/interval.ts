/**
 * What a result with a comparator tells us (spec §1 "Comparators"): "'<X' or '<=X' means at most
 * X; '>X' or '>=X' at least X". So both spellings give the same closed bound: ">200" against a
 * ULN of 40 is at least 5×, and whether it is *above* 5× is unknown. A rule asks a yes/no question
 * of the interval; when the unknown part decides the answer, the answer is `undefined` and the
 * result is not usable for that rule.
 */
import type { Comparator } from './types';

/** The values a result allows: closed at both ends (spec §1 reads "<X" as at most X). */
export interface Interval {
  readonly lo: number;
  readonly hi: number;
}

/** The interval a reported number and comparator allow (lab values are never negative). */
export function intervalOf(value: number, comparator?: Comparator): Interval {
  switch (comparator) {
    case undefined:
      return { lo: value, hi: value };
    case '<':
    case '<=':
      return { lo: Math.min(0, value), hi: value };
    case '>':
    case '>=':
      return { lo: value, hi: Number.POSITIVE_INFINITY };
    default:
      // A comparator no FHIR record may carry (the entry check leaves such records out): nothing known.
      return { lo: Math.min(0, value), hi: Number.POSITIVE_INFINITY };
  }
}

/** Round to 6 decimals so that 3.40 / 0.68 compares as exactly 5 (spec §1 "Multiples of ULN"). */
export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/** The interval divided by a positive limit, rounded to 6 decimals. */
export function scale(iv: Interval, by: number): Interval {
  return { lo: scaleBound(iv.lo, by), hi: scaleBound(iv.hi, by) };
}

// A module function, not an arrow inside scale(): tsx's keepNames would rename that on every call.
function scaleBound(x: number, by: number): number {
  return Number.isFinite(x) ? round6(x / by) : x;
}

/** Is the value > t? undefined when the comparator hides the answer. */
export function gt(iv: Interval, t: number): boolean | undefined {
  if (iv.lo > t) return true;
  if (iv.hi <= t) return false;
  return undefined;
}

/** Is the value ≥ t? */
export function ge(iv: Interval, t: number): boolean | undefined {
  if (iv.lo >= t) return true;
  if (iv.hi < t) return false;
  return undefined;
}

/** Is the value < t? */
export function lt(iv: Interval, t: number): boolean | undefined {
  const r = ge(iv, t);
  return r === undefined ? undefined : !r;
}

/** Is the value ≤ t? */
export function le(iv: Interval, t: number): boolean | undefined {
  const r = gt(iv, t);
  return r === undefined ? undefined : !r;
}
