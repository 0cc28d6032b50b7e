/**
 * Observation builders: labs, vitals and coded observations (smoking, pregnancy, breast-feeding).
 * Ids are `<caseId>-<tag>-<n>` (e.g. "hys-law-alt-3"), unique across all cases.
 */
import type { Coding, Observation, ObservationReferenceRange, Quantity } from '@medplum/fhirtypes';
import { AN, LOINC, SNOMED, UCUM, UCUM_CODE, type AnalyteDef } from './codes';

export interface LabOptions {
  /** Unit as written; the wrappers default to the analyte's usual unit (and then add its usual range). */
  readonly unit?: string;
  readonly refLow?: number;
  readonly refHigh?: number;
  /** Unit written on the range, when it differs from the value's. */
  readonly rangeUnit?: string;
  /** A text-only reference range, e.g. "0 - 40 U/L" or "<40". */
  readonly refText?: string;
  /** Full control over the ranges (e.g. several ranges with appliesTo). */
  readonly ranges?: readonly ObservationReferenceRange[];
  /** No reference range at all (spec §3: the default ULN is then assumed). */
  readonly noRange?: boolean;
  readonly comparator?: Quantity['comparator'];
  /** Send the value with no unit at all (spec §3: "a value ≤ 2 with unit `1` or none is a fraction"). */
  readonly noUnit?: boolean;
  /** Send the value as `valueString` instead of `valueQuantity`, e.g. "<5" or "see comment". */
  readonly valueString?: string;
  /** Send no value and a `dataAbsentReason`. */
  readonly dataAbsent?: boolean;
  readonly status?: Observation['status'];
  /** Replace the LOINC coding by this local coding; `code.text` becomes its display. */
  readonly localCode?: Coding;
  /** Time of day and offset appended to the date (default "T08:30:00-05:00"). */
  readonly time?: string;
  /** Where the date goes (spec §2: effectiveDateTime, else effectivePeriod.start, else issued). */
  readonly dateField?: 'effectiveDateTime' | 'effectivePeriod' | 'issued' | 'none';
}

/** A Quantity; `unit` undefined sends a bare number (no unit, system or code). */
function quantity(value: number | undefined, unit: string | undefined, comparator?: Quantity['comparator']): Quantity {
  const code = unit !== undefined ? UCUM_CODE[unit] : undefined;
  return {
    ...(value === undefined ? {} : { value }),
    ...(comparator ? { comparator } : {}),
    ...(unit !== undefined ? { unit } : {}),
    ...(code ? { system: UCUM, code } : {}),
  };
}

function ranges(def: AnalyteDef, unit: string, opts: LabOptions): ObservationReferenceRange[] | undefined {
  if (opts.noRange) return undefined;
  if (opts.ranges) return [...opts.ranges];
  if (opts.refText !== undefined) return [{ text: opts.refText }];
  const usual = opts.unit === undefined || opts.unit === def.unit;
  const low = opts.refLow ?? (usual && opts.refHigh === undefined ? def.refLow : undefined);
  const high = opts.refHigh ?? (usual && opts.refLow === undefined ? def.refHigh : undefined);
  if (low === undefined && high === undefined) return undefined;
  const rangeUnit = opts.rangeUnit ?? unit;
  return [
    {
      ...(low === undefined ? {} : { low: quantity(low, rangeUnit) }),
      ...(high === undefined ? {} : { high: quantity(high, rangeUnit) }),
    },
  ];
}

function when(date: string, opts: LabOptions): Partial<Observation> {
  const stamp = date.length === 10 ? `${date}${opts.time ?? 'T08:30:00-05:00'}` : date;
  switch (opts.dateField ?? 'effectiveDateTime') {
    case 'effectiveDateTime':
      return { effectiveDateTime: stamp, issued: date.length === 10 ? `${date}T14:00:00-05:00` : undefined };
    case 'effectivePeriod':
      return { effectivePeriod: { start: stamp } };
    case 'issued':
      return { issued: stamp.length === 10 ? `${stamp}T12:00:00Z` : stamp };
    case 'none':
      return {};
  }
}

/**
 * One Observation of an analyte.
 * @param caseId - the case (and Patient) id
 * @param n - the result's number within the case for this analyte
 * @param def - the analyte (see `AN`)
 * @param date - `YYYY-MM-DD` (a time is appended), or a partial date `YYYY-MM` / `YYYY` written as is
 * @param value - the number, or undefined with `valueString` / `dataAbsent`
 */
export function lab(
  caseId: string,
  n: number,
  def: AnalyteDef,
  date: string,
  value: number | undefined,
  opts: LabOptions = {},
): Observation {
  const unit = opts.unit ?? def.unit;
  const coding: Coding = opts.localCode ?? { system: LOINC, code: def.loinc, display: def.display };
  const range = ranges(def, unit, opts);
  const obs: Observation = {
    resourceType: 'Observation',
    id: `${caseId}-${def.tag}-${n}`,
    status: opts.status ?? 'final',
    category: [
      {
        coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: def.category }],
      },
    ],
    code: { coding: [coding], text: coding.display ?? def.display },
    subject: { reference: `Patient/${caseId}` },
    ...when(date, opts),
  };
  if (opts.dataAbsent) {
    obs.dataAbsentReason = {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'not-performed' }],
    };
  } else if (opts.valueString !== undefined) {
    obs.valueString = opts.valueString;
  } else {
    obs.valueQuantity = quantity(value, opts.noUnit ? undefined : unit, opts.comparator);
  }
  if (range) obs.referenceRange = range;
  if (obs.issued === undefined) delete obs.issued;
  return obs;
}

type LabWrapper = (
  caseId: string,
  n: number,
  date: string,
  value: number | undefined,
  opts?: LabOptions,
) => Observation;
const wrap =
  (def: AnalyteDef): LabWrapper =>
  (caseId, n, date, value, opts = {}) =>
    lab(caseId, n, def, date, value, opts);

export const alt = wrap(AN.alt);
export const ast = wrap(AN.ast);
export const bili = wrap(AN.bili);
export const directBili = wrap(AN.dbil);
export const alp = wrap(AN.alp);
export const ggt = wrap(AN.ggt);
export const anc = wrap(AN.anc);
export const wbc = wrap(AN.wbc);
export const neutPct = wrap(AN.neutPct);
export const egfr = wrap(AN.egfr);
export const weight = wrap(AN.weight);
export const bmi = wrap(AN.bmi);
export const fvc = wrap(AN.fvc);
export const temperature = wrap(AN.temp);

export type VitalKind = 'weight' | 'bmi' | 'fvc' | 'temperature';

/** A vital sign or FVC % predicted (kg, kg/m2, %, Cel unless `opts.unit`). */
export function vital(
  caseId: string,
  n: number,
  kind: VitalKind,
  date: string,
  value: number,
  opts: LabOptions = {},
): Observation {
  const def = { weight: AN.weight, bmi: AN.bmi, fvc: AN.fvc, temperature: AN.temp }[kind];
  return lab(caseId, n, def, date, value, opts);
}

function coded(
  id: string,
  caseId: string,
  date: string,
  category: string,
  code: Coding,
  value: Coding | string,
  status: Observation['status'] = 'final',
): Observation {
  return {
    resourceType: 'Observation',
    id,
    status,
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: category }] }],
    code: { coding: [code], text: code.display },
    subject: { reference: `Patient/${caseId}` },
    effectiveDateTime: date,
    ...(typeof value === 'string'
      ? { valueString: value }
      : { valueCodeableConcept: { coding: [value], text: value.display } }),
  };
}

export type SmokingStatus = 'current' | 'former' | 'never';

const SMOKING_VALUE: Record<SmokingStatus, Coding> = {
  current: { system: SNOMED, code: '449868002', display: 'Smokes tobacco daily' },
  former: { system: SNOMED, code: '8517006', display: 'Ex-smoker' },
  never: { system: SNOMED, code: '266919005', display: 'Never smoked tobacco' },
};

/** Smoking status (LOINC 72166-2); `text` sends a free-text value instead of SNOMED. */
export function smoking(caseId: string, n: number, date: string, status: SmokingStatus, text?: string): Observation {
  const code = { system: LOINC, code: '72166-2', display: 'Tobacco smoking status' };
  return coded(`${caseId}-smoking-${n}`, caseId, date, 'social-history', code, text ?? SMOKING_VALUE[status]);
}

/** Pregnancy status (LOINC 82810-3): 77386006 pregnant, 60001007 not pregnant. */
export function pregnancyStatus(caseId: string, n: number, date: string, pregnant: boolean): Observation {
  const code = { system: LOINC, code: '82810-3', display: 'Pregnancy status' };
  const value = pregnant
    ? { system: SNOMED, code: '77386006', display: 'Pregnant' }
    : { system: SNOMED, code: '60001007', display: 'Not pregnant' };
  return coded(`${caseId}-pregstatus-${n}`, caseId, date, 'social-history', code, value);
}

/** Breast-feeding (SNOMED 413712001 as the code), its value yes or no. */
export function breastfeedingObservation(caseId: string, n: number, date: string, yes: boolean): Observation {
  const code = { system: SNOMED, code: '413712001', display: 'Breastfeeding (mother)' };
  const value = yes
    ? { system: SNOMED, code: '373066001', display: 'Yes' }
    : { system: SNOMED, code: '373067005', display: 'No' };
  return coded(`${caseId}-breastfeeding-${n}`, caseId, date, 'social-history', code, value);
}
