/**
 * Limits of normal (spec §3), multiples of ULN, CTCAE v5 grades and their display (spec §1, §5).
 */
import { ageInYears } from './dates';
import { type Interval, gt, intervalOf, lt, round6, scale } from './interval';
import {
  ABOVE_3X,
  ALT_AST_GRADES,
  BILIRUBIN_GRADES,
  NEUTROPHIL_GRADES,
  STOP_MULTIPLE_US,
  ULN_MULTIPLE,
} from './thresholds';
import type { Analyte, Comparator, LabRecord, NormalRange, PatientRecord, Settings } from './types';

export type LimitKind = 'uln' | 'lln';

export interface Limit {
  readonly kind: LimitKind;
  readonly value: number;
  readonly source: 'report' | 'assumed';
  /** The lab's ranges not used because their limit is implausible (spec §3 v3): for `data.uln-implausible`. */
  readonly implausible?: readonly NormalRange[];
}

/** Which limit each analyte is judged against, and the key of its clinic default (spec §3 table). */
const LIMIT_OF: Partial<Record<Analyte, { kind: LimitKind; key: keyof Settings['defaultLimits'] }>> = {
  alt: { kind: 'uln', key: 'alt' },
  ast: { kind: 'uln', key: 'ast' },
  bilirubinTotal: { kind: 'uln', key: 'bilirubinTotal' },
  bilirubinDirect: { kind: 'uln', key: 'bilirubinDirect' },
  alp: { kind: 'uln', key: 'alp' },
  ggt: { kind: 'uln', key: 'ggt' },
  anc: { kind: 'lln', key: 'ancLln' },
  wbc: { kind: 'lln', key: 'wbcLln' },
};

/** The kind of limit an analyte has, if any (eGFR, weight, FVC... have none). */
export function limitKindOf(analyte: Analyte): LimitKind | undefined {
  return LIMIT_OF[analyte]?.kind;
}

function bound(r: NormalRange, kind: LimitKind): number | undefined {
  const v = kind === 'uln' ? r.high : r.low;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
}

/** Does a range's appliesTo/age fit the patient? undefined when we cannot tell. */
function fits(r: NormalRange, sex: string | undefined, age: number | undefined): boolean | undefined {
  if (r.hasAppliesTo) {
    if (!r.appliesToSex) return undefined; // an appliesTo we did not understand
    if (sex !== 'male' && sex !== 'female') return undefined;
    if (r.appliesToSex !== sex) return false;
  }
  if (r.ageLowYears !== undefined || r.ageHighYears !== undefined) {
    if (age === undefined) return undefined;
    if (r.ageLowYears !== undefined && age < r.ageLowYears) return false;
    if (r.ageHighYears !== undefined && age > r.ageHighYears) return false;
  }
  return true;
}

/**
 * Choose the limit for one result: a range whose appliesTo or age fits the patient, else one
 * without appliesTo (or age), else the clinic default marked "assumed" (spec §3).
 */
export function chooseLimit(lab: LabRecord, patient: PatientRecord, settings: Settings): Limit | undefined {
  return chooseLimitOn(lab.analyte, lab.date, lab.ranges, patient, settings);
}

/** chooseLimit for a result read on `date` (the lab index passes the parts, not a copied record). */
export function chooseLimitOn(
  analyte: Analyte,
  date: string | undefined,
  ranges: LabRecord['ranges'],
  patient: PatientRecord,
  settings: Settings,
): Limit | undefined {
  const spec = LIMIT_OF[analyte];
  if (!spec) return undefined;
  const age = date ? ageInYears(patient.birthDate, date) : undefined;
  const fallback = settings.defaultLimits[spec.key];
  const all = (Array.isArray(ranges) ? ranges : []).filter((r) => bound(r, spec.kind) !== undefined);
  // Spec §3 (v3): a limit outside [default ÷ p, default × p] counts as none ("ULN" 1,000,000 U/L).
  const plausible = (r: NormalRange): boolean => isPlausible(bound(r, spec.kind), fallback, settings);
  const withBound = all.filter(plausible);
  const implausible = all.length === withBound.length ? undefined : all.filter((r) => !plausible(r));
  const specific = withBound.find(
    (r) =>
      (r.hasAppliesTo || r.ageLowYears !== undefined || r.ageHighYears !== undefined) &&
      fits(r, patient.sex, age) === true,
  );
  const general = withBound.find((r) => !r.hasAppliesTo && r.ageLowYears === undefined && r.ageHighYears === undefined);
  // An age-only range we cannot check (no birth date) is still the lab's own, better than a default.
  const ageUnknown = withBound.find((r) => !r.hasAppliesTo && fits(r, patient.sex, age) === undefined);
  const chosen = specific ?? general ?? ageUnknown;
  const value = chosen ? bound(chosen, spec.kind) : undefined;
  const rejected = implausible ? { implausible } : {};
  if (value !== undefined) return { kind: spec.kind, value, source: 'report', ...rejected };
  return { kind: spec.kind, value: fallback, source: 'assumed', ...rejected };
}

/** Within a `limitPlausibility` factor of the clinic default, both ends included (spec §3). */
function isPlausible(v: number | undefined, fallback: number, settings: Settings): boolean {
  const p = settings.limitPlausibility;
  if (v === undefined || !(fallback > 0) || !(p >= 1)) return v !== undefined;
  return round6(v * p) >= round6(fallback) && round6(v) <= round6(fallback * p);
}

/** value / ULN rounded to 6 decimals (spec §1). */
export function multipleOf(value: number, uln: number): number {
  return round6(value / uln);
}

/** The interval of ×ULN a result allows, given its comparator. */
export function multipleInterval(value: number, comparator: Comparator | undefined, uln: number): Interval {
  return scale(intervalOf(value, comparator), uln);
}

/** An analyte CTCAE grades in this app (spec §5 lists only these). */
export type GradedAnalyte = 'alt' | 'ast' | 'bilirubinTotal' | 'anc';

function gradeByMultiple(iv: Interval, cuts: readonly number[]): number | undefined {
  let grade = 0;
  for (const cut of cuts) {
    const above = gt(iv, cut);
    if (above === undefined) return undefined;
    if (above) grade += 1;
  }
  return grade;
}

function gradeNeutrophils(iv: Interval, lln: number): number | undefined {
  const below = lt(iv, lln);
  if (below === undefined) return undefined;
  if (!below) return 0;
  let grade = 1;
  for (const [i, cut] of NEUTROPHIL_GRADES.entries()) {
    const under = lt(iv, cut);
    if (under === undefined) return undefined;
    if (under) grade = i + 2;
  }
  return grade;
}

/**
 * CTCAE v5 grade (0 = within the limit) of a value against its ULN (ALT, AST, bilirubin) or LLN
 * (neutrophils, ×10⁹/L). undefined when a comparator hides the grade or the analyte is not graded.
 * @param analyte - alt, ast, bilirubinTotal or anc
 * @param value - the value in the canonical unit
 * @param limit - the ULN, or the LLN for anc
 * @param comparator - the result's comparator, if any
 */
export function ctcaeGrade(
  analyte: Analyte,
  value: number,
  limit: number,
  comparator?: Comparator,
): number | undefined {
  if (!Number.isFinite(value) || !Number.isFinite(limit) || limit <= 0) return undefined;
  switch (analyte) {
    case 'alt':
    case 'ast':
      return gradeByMultiple(multipleInterval(value, comparator, limit), ALT_AST_GRADES);
    case 'bilirubinTotal':
      return gradeByMultiple(multipleInterval(value, comparator, limit), BILIRUBIN_GRADES);
    case 'anc':
      return gradeNeutrophils(intervalOf(value, comparator), limit);
    default:
      return undefined;
  }
}

/** The multiples where one decimal would hide which side of a threshold a value is on. */
const THRESHOLDS_SHOWN_PRECISELY = [ULN_MULTIPLE, ABOVE_3X, STOP_MULTIPLE_US];
const NEAR = 0.05;

/**
 * A ×ULN multiple for display (spec §1): 1 decimal, or 2 within 0.05 of 1, 3 or 5, so that a
 * 5.04× stop never reads "5.0×". Returns the number only ("5.04"); the screen adds "×".
 */
export function formatMultiple(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const r = round6(x);
  const near = THRESHOLDS_SHOWN_PRECISELY.some((t) => Math.abs(r - t) <= NEAR + 1e-9);
  // round6 again after scaling: 1.005 × 100 is 100.49999999999999 in binary, and must show "1.01".
  const scaleBy = near ? 100 : 10;
  return (Math.round(round6(r * scaleBy)) / scaleBy).toFixed(near ? 2 : 1);
}
