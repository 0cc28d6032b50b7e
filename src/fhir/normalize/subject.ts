/**
 * Whom a resource is about (issue 8.4). Only a Patient subject counts: an Observation about a
 * Group, Device or Location is not the patient's result, even when a search returned it.
 */
import type { DataNote } from '../../rules/types';
import { isObj, referenceId, str, type Json } from './json';

export type Subject =
  /** `subject` (or `patient`) references Patient/id. */
  | { readonly kind: 'patient'; readonly id: string }
  /** No subject reference at all: the caller attributes it (the app searched by patient). */
  | { readonly kind: 'none' }
  /** Something other than a Patient, or a reference that cannot be read as one. */
  | { readonly kind: 'other'; readonly reference: string };

const NONE: Subject = { kind: 'none' };

/** The subject of a resource: its `subject` reference, else its `patient` reference. */
export function subjectOf(r: Json): Subject {
  if (r.resourceType === 'Patient') {
    const id = str(r, 'id');
    return id !== undefined ? { kind: 'patient', id } : NONE;
  }
  const ref = isObj(r.subject) ? r.subject : isObj(r.patient) ? r.patient : undefined;
  const reference = ref !== undefined ? str(ref, 'reference') : undefined;
  // A subject with only an identifier or a display names no resource: as good as none.
  if (ref === undefined || reference === undefined) return NONE;
  const type = str(ref, 'type');
  const id = type === undefined || type === 'Patient' ? referenceId(reference, 'Patient') : undefined;
  return id !== undefined ? { kind: 'patient', id } : { kind: 'other', reference };
}

/** The `data.foreign-subject` note of a record about something other than a Patient. */
export function foreignSubjectNote(resourceType: string, id: string, reference: string): DataNote {
  const shown = reference.length > 80 ? `${reference.slice(0, 80)}…` : reference;
  return {
    code: 'data.foreign-subject',
    detail: `${resourceType} ${id} is about "${shown}", not a patient: not used.`,
    resourceType,
    id,
  };
}
