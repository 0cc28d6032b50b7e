/**
 * The shape of each domain record, as checks on unknown values (the rules' entry check uses them):
 * the field types of rules/types.ts, with every string union spelled out.
 */
import { ANALYTES, DATA_SOURCES } from './types';
import type { Analyte, DataSource } from './types';

export type Check = (v: unknown) => boolean;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
const id: Check = (v) => typeof v === 'string' && v !== '';
const num: Check = (v) => typeof v === 'number';
const bool: Check = (v) => typeof v === 'boolean';
const opt =
  (c: Check): Check =>
  (v) =>
    v === undefined || c(v);
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
const listOf =
  (c: Check): Check =>
  (v) =>
    Array.isArray(v) && v.every(c);
const shape =
  (fields: Readonly<Record<string, Check>>): Check =>
  (v) =>
    isObject(v) && Object.entries(fields).every(([k, c]) => c(Object.hasOwn(v, k) ? v[k] : undefined));

const COMPARATORS = ['<', '<=', '>', '>='] as const;
/** The kinds of data a read can leave unread (the one list, beside its type). */
export const SOURCES: readonly DataSource[] = DATA_SOURCES;
const CONDITION_KINDS = [
  'als',
  'ild',
  'liver-disease',
  'fatty-liver',
  'ckd',
  'pregnancy',
  'breastfeeding',
  'pancreatitis',
];

export const note = shape({ code: str, detail: str, resourceType: opt(str), id: opt(str) });
export const notes = listOf(note);

const range = shape({
  low: opt(num),
  high: opt(num),
  appliesToSex: opt(oneOf(['male', 'female'])),
  hasAppliesTo: bool,
  ageLowYears: opt(num),
  ageHighYears: opt(num),
  text: opt(str),
});

export const labRecord = shape({
  resourceType: oneOf(['Observation']),
  id,
  analyte: oneOf(ANALYTES satisfies readonly Analyte[]),
  display: str,
  status: str,
  date: opt(str),
  dateTime: opt(str),
  value: opt(num),
  comparator: opt(oneOf(COMPARATORS)),
  unit: str,
  originalValue: str,
  originalUnit: str,
  ranges: listOf(range),
  usable: bool,
  derived: opt(bool),
  derivedFrom: opt(listOf(str)),
  notes,
});

export const codedRecord = shape({
  resourceType: oneOf(['Observation']),
  id,
  kind: oneOf(['smoking', 'pregnancy', 'breastfeeding']),
  display: str,
  status: str,
  date: opt(str),
  positive: opt(bool),
  valueText: str,
  usable: bool,
  notes,
});

const dosage = shape({
  text: opt(str),
  doseValue: opt(num),
  doseUnit: opt(str),
  doseUnitCode: opt(str),
  frequency: opt(num),
  period: opt(num),
  periodUnit: opt(str),
  timingCode: opt(str),
  timingCodes: opt(listOf(str)),
});

export const medicationRecord = shape({
  resourceType: oneOf(['MedicationRequest', 'MedicationStatement']),
  id,
  status: str,
  intent: opt(str),
  display: str,
  names: listOf(str),
  codes: listOf(shape({ system: opt(str), code: str })),
  isRiluzole: bool,
  start: opt(str),
  end: opt(str),
  boundsDurationDays: opt(num),
  boundsDurationMonths: opt(num),
  validityEnd: opt(str),
  dosage: listOf(dosage),
  unresolved: bool,
  notes,
});

export const conditionRecord = shape({
  resourceType: oneOf(['Condition']),
  id,
  display: str,
  kinds: listOf(oneOf(CONDITION_KINDS)),
  matchedByName: bool,
  code: opt(str),
  clinicalStatus: opt(str),
  verificationStatus: opt(str),
  counts: bool,
  onset: opt(str),
  recorded: opt(str),
  notes,
});

export const allergyRecord = shape({
  resourceType: oneOf(['AllergyIntolerance']),
  id,
  display: str,
  isRiluzole: bool,
  type: opt(oneOf(['allergy', 'intolerance'])),
  counts: bool,
  recorded: opt(str),
  notes,
});

export const patientRecord = shape({ id, name: opt(str), birthDate: opt(str), sex: opt(str) });
