/** One FHIR resource of any type → normalised items. Pure, synchronous, never throws. */
import type { PatientRecord } from '../../rules/types';
import { codedRecord } from './coded';
import { allergyRecord, conditionRecord } from './condition';
import { partialNote, readDate, type DateReading } from './dates';
import type { NormalizeContext, NormalizedItem } from './items';
import { isObj, objs, str, type Json } from './json';
import { labItems } from './lab';
import { medicationItems } from './medication';
import { medicationSummary } from './medication-names';
import { foreignSubjectNote, subjectOf } from './subject';

/** The patient a resource belongs to: subject or patient reference "Patient/x". */
export function patientOf(r: Json): string | undefined {
  const s = subjectOf(r);
  return s.kind === 'patient' ? s.id : undefined;
}

function patientRecord(r: Json, id: string, birth: DateReading): PatientRecord {
  const name = objs(r, 'name')[0];
  const given = Array.isArray(name?.given) ? name.given.filter((g): g is string => typeof g === 'string') : [];
  const full = str(name, 'text') ?? [...given, str(name, 'family') ?? ''].join(' ').trim();
  const sex = str(r, 'gender');
  return {
    id,
    ...(full ? { name: full } : {}),
    ...(birth.date !== undefined ? { birthDate: birth.date } : {}),
    ...(sex !== undefined ? { sex } : {}),
  };
}

/**
 * The Patient record, and spec §1's `data.date-partial` note when the birth date is a year or a
 * year-month: the age rules then run on the first day, and the clinician must see that the age
 * is approximate. PatientRecord has no notes of its own, so the note is an item of its own.
 */
function patientItems(r: Json, id: string): NormalizedItem[] {
  const birth = readDate(r.birthDate);
  const notes = partialNote(birth, 'Patient', id, 'Birth date').map((note): NormalizedItem => ({
    type: 'note',
    patientId: id,
    note,
  }));
  return [{ type: 'patient', patientId: id, record: patientRecord(r, id, birth) }, ...notes];
}

function byType(
  r: Json,
  type: string,
  id: string,
  patientId: string | undefined,
  ctx: NormalizeContext,
): NormalizedItem[] {
  const p = patientId !== undefined ? { patientId } : {};
  switch (type) {
    case 'Observation': {
      const coded = codedRecord(r, id);
      return coded ? [{ type: 'coded', ...p, record: coded }] : labItems(r, id, patientId, ctx.units);
    }
    case 'MedicationRequest':
    case 'MedicationStatement':
      return medicationItems(r, type, id, patientId);
    case 'Medication':
      return [{ type: 'medication-summary', summary: medicationSummary(r, id) }];
    case 'Condition':
      return [{ type: 'condition', ...p, record: conditionRecord(r, id) }];
    case 'AllergyIntolerance':
      return [{ type: 'allergy', ...p, record: allergyRecord(r, id) }];
    case 'Patient':
      return patientItems(r, id);
    default:
      return [];
  }
}

const MAX_BUNDLE_DEPTH = 2;
const HANDLED = new Set([
  'Observation',
  'MedicationRequest',
  'MedicationStatement',
  'Medication',
  'Condition',
  'AllergyIntolerance',
  'Patient',
]);

/**
 * Normalises one resource. A Bundle yields the items of its entries' resources (OperationOutcome
 * entries and unknown types yield nothing); a non-object, or an object with
 * no resourceType, yields one `data.malformed-resource` note; a handled resource with no id keeps
 * the id "(no id)" and gets the same note, so its data still counts and can be traced.
 * @param resource - parsed JSON of one resource (e.g. one NDJSON line)
 * @param ctx - the unit converter to use
 * @param depth - Bundle nesting depth (internal)
 */
export function normalizeResource(resource: unknown, ctx: NormalizeContext, depth = 0): NormalizedItem[] {
  try {
    if (!isObj(resource) || typeof resource.resourceType !== 'string') {
      return [
        {
          type: 'note',
          note: { code: 'data.malformed-resource', detail: 'An entry is not a FHIR resource (no resourceType).' },
        },
      ];
    }
    const type = resource.resourceType;
    // A Bundle handed over whole (a search page, a transaction) is unwrapped rather than lost;
    // the depth bound keeps a hostile nesting from recursing without end.
    if (type === 'Bundle') {
      return depth < MAX_BUNDLE_DEPTH
        ? objs(resource, 'entry').flatMap((e) =>
            e.resource === undefined ? [] : normalizeResource(e.resource, ctx, depth + 1),
          )
        : [];
    }
    if (!HANDLED.has(type)) return [];
    const subject = subjectOf(resource);
    const id = str(resource, 'id');
    // A record about a Group, Device or Location is noted, never used (issue 8.4). The note has no
    // patient, so it joins the patient the record was read for, as records naming no patient do.
    if (subject.kind === 'other')
      return [{ type: 'note', note: foreignSubjectNote(type, id ?? '(no id)', subject.reference) }];
    const patientId = subject.kind === 'patient' ? subject.id : undefined;
    const items = byType(resource, type, id ?? '(no id)', patientId, ctx);
    if (id !== undefined) return items;
    const note = { code: 'data.malformed-resource', detail: `A ${type} has no id.`, resourceType: type };
    return [...items, { type: 'note', ...(patientId !== undefined ? { patientId } : {}), note }];
  } catch (e) {
    // Defensive: the readers narrow every field, but one odd resource must never stop a whole file.
    const detail = `A resource could not be read (${e instanceof Error ? e.message : 'unknown error'}).`;
    return [{ type: 'note', note: { code: 'data.malformed-resource', detail } }];
  }
}
