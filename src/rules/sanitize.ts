/**
 * The rules' entry check (issue 8.2): every record is checked field by field against the domain
 * types before any rule reads it, so a value no normaliser should produce (a comparator "valueOf",
 * a string where a number belongs, a list that is not a list) cannot reach a switch or a lookup.
 * A record that fails is left out and becomes a `data.malformed-resource` note; the rest is assessed.
 */
import { ANALYTES } from './types';
import type { Analyte, ClinicalData, DataNote, DataSource, PatientRecord } from './types';

type Check = (v: unknown) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
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
const SOURCES: readonly DataSource[] = [
  'labs',
  'medications',
  'conditions',
  'allergies',
  'status-observations',
  'patient',
];
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

const note = shape({ code: str, detail: str, resourceType: opt(str), id: opt(str) });
const notes = listOf(note);

const range = shape({
  low: opt(num),
  high: opt(num),
  appliesToSex: opt(oneOf(['male', 'female'])),
  hasAppliesTo: bool,
  ageLowYears: opt(num),
  ageHighYears: opt(num),
  text: opt(str),
});

const labRecord = shape({
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

const codedRecord = shape({
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

const medicationRecord = shape({
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

const conditionRecord = shape({
  resourceType: oneOf(['Condition']),
  id,
  display: str,
  kinds: listOf(oneOf(CONDITION_KINDS)),
  matchedByName: bool,
  counts: bool,
  onset: opt(str),
  recorded: opt(str),
  notes,
});

const allergyRecord = shape({
  resourceType: oneOf(['AllergyIntolerance']),
  id,
  display: str,
  isRiluzole: bool,
  type: opt(oneOf(['allergy', 'intolerance'])),
  counts: bool,
  recorded: opt(str),
  notes,
});

const patientRecord = shape({ id, name: opt(str), birthDate: opt(str), sex: opt(str) });

/** The checked input: every list present, every record well-formed, and what was left out. */
export interface SanitizedInput {
  readonly data: ClinicalData;
  /** A `data.malformed-resource` note for each record left out. */
  readonly notes: readonly DataNote[];
  /** Set when the patient record itself is unusable: then nothing can be assessed. */
  readonly patientProblem?: string;
}

function keep<T>(list: unknown, check: Check, kind: string, out: DataNote[]): T[] {
  if (!Array.isArray(list)) return [];
  const kept: T[] = [];
  for (const rec of list) {
    if (check(rec)) kept.push(rec as T);
    else out.push(malformedNote(rec, kind));
  }
  return kept;
}

function malformedNote(rec: unknown, kind: string): DataNote {
  const rid = isObject(rec) && typeof rec.id === 'string' && rec.id !== '' ? rec.id : undefined;
  const rtype = isObject(rec) && typeof rec.resourceType === 'string' ? rec.resourceType : undefined;
  const what = rid ? `${rtype ?? kind} ${rid}` : `A ${kind} record with no usable id`;
  return {
    code: 'data.malformed-resource',
    detail: `${what} has a field the rules cannot read; it was left out of the assessment: review it in the EHR.`,
    ...(rid ? { resourceType: rtype ?? kind, id: rid } : {}),
  };
}

/**
 * Check every record of the input against the domain types.
 * @param input - ClinicalData as handed over (possibly incomplete or hostile)
 * @returns the well-formed records, a note for each record left out, and any problem with the patient
 */
export function sanitizeInput(input: ClinicalData): SanitizedInput {
  const raw: Partial<Record<keyof ClinicalData, unknown>> = isObject(input) ? input : {};
  const out: DataNote[] = [];
  const patientOk = patientRecord(raw.patient);
  const patient: PatientRecord = patientOk ? (raw.patient as PatientRecord) : { id: 'unknown' };
  const data: ClinicalData = {
    patient,
    labs: keep(raw.labs, labRecord, 'Observation', out),
    coded: keep(raw.coded, codedRecord, 'Observation', out),
    medications: keep(raw.medications, medicationRecord, 'medication', out),
    conditions: keep(raw.conditions, conditionRecord, 'Condition', out),
    allergies: keep(raw.allergies, allergyRecord, 'AllergyIntolerance', out),
    notes: Array.isArray(raw.notes) ? raw.notes.filter(note) : [],
    unavailable: Array.isArray(raw.unavailable) ? raw.unavailable.filter((s) => SOURCES.includes(s)) : [],
  };
  // A missing patient is the old "structurally incomplete" input, assessed as an unknown patient;
  // a patient record that is there but unreadable means we do not know whose record this is.
  const patientProblem =
    raw.patient !== undefined && !patientOk
      ? 'The patient record is malformed, so whose record this is cannot be known.'
      : undefined;
  return { data, notes: out, ...(patientProblem ? { patientProblem } : {}) };
}
