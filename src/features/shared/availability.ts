import { recordsNotRead, type ReadState } from '../../fhir/queries/read-state';

/** What the reads behind a kind of data say about whether an absence can be believed. */
export type Availability =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'capped' }
  | { readonly kind: 'complete' };

export type DataKind = 'labs' | 'vitals' | 'medications' | 'conditions' | 'allergies';

const LAB_HINT = /lab|liver|blood|loinc/i;

function isObservation(r: ReadState): boolean {
  return r.resourceType === 'Observation';
}

function isLabRead(r: ReadState): boolean {
  return isObservation(r) && (LAB_HINT.test(r.id) || LAB_HINT.test(r.label));
}

/** The reads a kind of data comes from. Falls back to every read of the resource type. */
export function readsFor(reads: readonly ReadState[], kind: DataKind): readonly ReadState[] {
  switch (kind) {
    case 'labs': {
      const labs = reads.filter(isLabRead);
      return labs.length > 0 ? labs : reads.filter(isObservation);
    }
    case 'vitals': {
      const vitals = reads.filter((r) => isObservation(r) && !isLabRead(r));
      return vitals.length > 0 ? vitals : reads.filter(isObservation);
    }
    case 'medications':
      return reads.filter((r) => r.resourceType.startsWith('Medication'));
    case 'conditions':
      return reads.filter((r) => r.resourceType === 'Condition');
    case 'allergies':
      return reads.filter((r) => r.resourceType === 'AllergyIntolerance');
  }
}

/** A failed read wins over a loading one: it will not fix itself. */
export function availabilityOf(reads: readonly ReadState[]): Availability {
  const failed = reads.find((r) => recordsNotRead(r, reads));
  if (failed) {
    const message =
      failed.error?.message ??
      (failed.status === 'not-granted'
        ? 'access was not granted by the EHR'
        : failed.status === 'not-supported'
          ? 'this EHR does not offer it over FHIR'
          : 'read failed');
    // Messages are sentences ("… (HTTP 500)."); callers embed them mid-sentence.
    return { kind: 'failed', message: message.replace(/\.\s*$/, '') };
  }
  if (reads.some((r) => r.status === 'loading' || r.status === 'partial')) return { kind: 'loading' };
  if (reads.some((r) => r.status === 'capped')) return { kind: 'capped' };
  return { kind: 'complete' };
}

export function availabilityFor(reads: readonly ReadState[], kind: DataKind): Availability {
  return availabilityOf(readsFor(reads, kind));
}

/**
 * The words for "nothing here" that stay honest: never "No ALT" while reads load or after one
 * failed (spec §1: missing data is never good news).
 */
export function absencePhrase(name: string, a: Availability): string {
  // "No weight", but "No ALT": keep acronyms as written.
  const lower = /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  switch (a.kind) {
    case 'loading':
      return `${name}: not yet loaded.`;
    case 'failed':
      return `${name} could not be read: ${a.message.replace(/\.$/, '')}.`;
    case 'capped':
      return `No ${lower} in the results read (the EHR had more pages than the app reads).`;
    case 'complete':
      return `No ${lower} on record.`;
  }
}
