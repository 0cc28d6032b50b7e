/**
 * The one place where a result's value, comparator and multiple of the ULN become words (spec §1
 * "Display", v3). The rules' finding texts, every panel, the copied note, the printout and the
 * command line call these, so the wording cannot drift between screens: "<300 U/L" is shown with
 * its comparator, and its multiple only as a bound ("at most 7.5× ULN").
 */
import { gt, intervalOf, lt, scale } from './interval';
import { formatMultiple } from './uln';
import type { Comparator, Evidence, LimitFlag } from './types';

const COMPARATOR_SIGN: Readonly<Record<Comparator, string>> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };

/** The comparator as a clinician writes it: "<", "≤", ">", "≥" (empty for a measured value). */
export function comparatorSign(c: Comparator | undefined): string {
  return c === undefined ? '' : COMPARATOR_SIGN[c];
}

const UNIT_WORDS: ReadonlyMap<string, string> = new Map([
  ['10*9/L', '×10⁹/L'],
  ['Cel', '°C'],
  ['mL/min/{1.73_m2}', 'mL/min/1.73 m²'],
  ['kg/m2', 'kg/m²'],
]);

/** A canonical (UCUM) unit as people write it: "10*9/L" reads "×10⁹/L". */
export function unitText(unit: string | undefined): string {
  if (!unit) return '';
  return UNIT_WORDS.get(unit) ?? unit;
}

/** A number without float noise: 212, 0.68, 1.234 (7.499999999 reads 7.5). */
export function numberText(v: number): string {
  return String(Number(v.toFixed(3)));
}

/**
 * "212 U/L", "<300 U/L", "45%": a value with its comparator and unit.
 * @param space - the space between number and unit (screens pass a no-break space)
 */
export function valueText(value: number, unit: string | undefined, comparator?: Comparator, space = ' '): string {
  const u = unitText(unit);
  const n = `${comparatorSign(comparator)}${numberText(value)}`;
  if (u === '%') return `${n}%`;
  return u ? `${n}${space}${u}` : n;
}

/** The bound words of a comparator's multiple: "<300" (ULN 40) is "at most 7.5×", ">400" "at least 10×". */
function boundWords(c: Comparator | undefined): string {
  switch (c) {
    case undefined:
      return '';
    case '<':
    case '<=':
      return 'at most ';
    case '>':
    case '>=':
      return 'at least ';
  }
}

/** "7.5×", or "at most 7.5×" for a result with "<" (spec §1 "Display": a bound, never a measurement). */
export function multipleText(multiple: number, comparator?: Comparator): string {
  return `${boundWords(comparator)}${formatMultiple(multiple)}×`;
}

/** The words of one result: its value and, for a ULN analyte, its multiple (a bound under a comparator). */
export interface ResultWords {
  /** "<300 U/L"; absent when the record carries no value. */
  readonly value?: string;
  /** "at most 7.5× ULN"; absent when the result has no ULN. */
  readonly multiple?: string;
}

/** The value and multiple of a piece of evidence, as every screen shows them. */
export function resultWords(e: Evidence, space = ' '): ResultWords {
  const out: { value?: string; multiple?: string } = {};
  if (e.value !== undefined) out.value = valueText(e.value, e.unit, e.comparator, space);
  if (e.multipleOfUln !== undefined) out.multiple = `${multipleText(e.multipleOfUln, e.comparator)} ULN`;
  return out;
}

/** "<300 U/L (at most 7.5× ULN)" or "212 U/L (5.3× ULN)": value and multiple on one line. */
export function resultText(e: Evidence, space = ' '): string {
  const w = resultWords(e, space);
  if (w.value === undefined) return w.multiple ?? '';
  return w.multiple ? `${w.value} (${w.multiple})` : w.value;
}

/**
 * Where a value stands against its limit (spec §1 "Comparators"): `above` a ULN or `below` an LLN
 * only when every value the comparator allows is ("<300" against a ULN of 40 is `unjudgeable`;
 * ">200" is `above`; "<5" is `within`).
 * @param limit - the limit in the value's unit, with its kind
 */
export function limitFlag(
  value: number,
  comparator: Comparator | undefined,
  limit: { readonly kind: 'uln' | 'lln'; readonly value: number },
): LimitFlag {
  const iv = intervalOf(value, comparator);
  if (limit.kind === 'uln') {
    const above = gt(scale(iv, limit.value), 1);
    return above === undefined ? 'unjudgeable' : above ? 'above' : 'within';
  }
  const below = lt(iv, limit.value);
  return below === undefined ? 'unjudgeable' : below ? 'below' : 'within';
}

/** Is the flag abnormal (outside the limit for every value the result allows)? */
export function isOutsideLimit(flag: LimitFlag | undefined): boolean {
  switch (flag) {
    case 'above':
    case 'below':
      return true;
    case 'within':
    case 'unjudgeable':
    case undefined:
      return false;
  }
}

/**
 * "ALS (G12.21): active, confirmed": a condition with its code and its own statuses as recorded
 * (issue 12); a status that is not recorded is said so, never assumed.
 */
export function conditionStatusText(e: Evidence): string {
  const code = e.code !== undefined && e.code !== e.display ? ` (${e.code})` : '';
  const clinical = e.clinicalStatus ?? 'clinical status not recorded';
  const verification = e.verificationStatus ?? 'verification status not recorded';
  return `${e.display}${code}: ${clinical}, ${verification}`;
}
