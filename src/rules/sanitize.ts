/**
 * The rules' entry check (issue 8.2): every record is checked field by field against the domain
 * types before any rule reads it, so a value no normaliser should produce (a comparator "valueOf",
 * a string where a number belongs, a list that is not a list) cannot reach a switch or a lookup.
 * A record that fails is left out and becomes a `data.malformed-resource` note; the rest is assessed.
 */
import { toIsoDate } from './dates';
import {
  type Check,
  SOURCES,
  allergyRecord,
  codedRecord,
  conditionRecord,
  isObject,
  labRecord,
  medicationRecord,
  note,
  patientRecord,
} from './record-shapes';
import type { ClinicalData, DataNote, PatientRecord } from './types';

/** The checked input: every list present, every record well-formed, and what was left out. */
export interface SanitizedInput {
  readonly data: ClinicalData;
  /** A `data.malformed-resource` note for each record left out. */
  readonly notes: readonly DataNote[];
  /** Set when the patient record itself is unusable: then nothing can be assessed. */
  readonly patientProblem?: string;
}

/** The calendar-date fields of each kind of record (`IsoDate`: exactly YYYY-MM-DD, a real day). */
const DATE_FIELDS = {
  lab: ['date'],
  coded: ['date'],
  medication: ['start', 'end', 'validityEnd'],
  condition: ['onset', 'recorded'],
  allergy: ['recorded'],
} as const satisfies { readonly [kind: string]: readonly string[] };

const isIsoDay = (v: unknown): boolean => typeof v === 'string' && toIsoDate(v) === v;

/**
 * A date that is not a calendar day ("2026-11-209", a dateTime, a number) is dropped, never read
 * from its prefix: the record is kept as undated (missing data, which the rules treat cautiously).
 */
function repairDates(rec: unknown, fields: readonly string[], out: DataNote[]): unknown {
  if (!isObject(rec)) return rec;
  const bad = fields.filter((f) => Object.hasOwn(rec, f) && rec[f] !== undefined && !isIsoDay(rec[f]));
  if (bad.length === 0) return rec;
  const copy = new Map(Object.entries(rec));
  for (const f of bad) copy.delete(f);
  const id = typeof rec.id === 'string' && rec.id !== '' ? rec.id : undefined;
  const type = typeof rec.resourceType === 'string' ? rec.resourceType : 'record';
  out.push({
    code: 'data.malformed-resource',
    detail: `${type} ${id ?? '(no id)'}: ${bad.join(', ')} is not a calendar date; it was read as undated.`,
    ...(id ? { resourceType: type, id } : {}),
  });
  return Object.fromEntries(copy);
}

function keep<T>(list: unknown, check: Check, kind: string, out: DataNote[], dates: readonly string[] = []): T[] {
  if (!Array.isArray(list)) return [];
  const kept: T[] = [];
  for (const raw of list) {
    const rec = repairDates(raw, dates, out);
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
    labs: keep(raw.labs, labRecord, 'Observation', out, DATE_FIELDS.lab),
    coded: keep(raw.coded, codedRecord, 'Observation', out, DATE_FIELDS.coded),
    medications: keep(raw.medications, medicationRecord, 'medication', out, DATE_FIELDS.medication),
    conditions: keep(raw.conditions, conditionRecord, 'Condition', out, DATE_FIELDS.condition),
    allergies: keep(raw.allergies, allergyRecord, 'AllergyIntolerance', out, DATE_FIELDS.allergy),
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
