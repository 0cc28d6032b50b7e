/**
 * Which kinds of record the EHR did not return, from the reads' states. The rules then say
 * "could not be read" instead of "none recorded" (spec §1.1).
 */
import type { ReadState } from '../fhir/queries/read-state';
import type { DataSource } from '../rules/types';

/** The source each read feeds; reads not listed (vitals, the Medication batch) have no source. */
function sourceOf(readId: string): DataSource | undefined {
  if (readId === 'patient') return 'patient';
  if (readId.startsWith('labs-')) return 'labs';
  if (readId === 'medication-requests' || readId === 'medication-statements') return 'medications';
  if (readId === 'conditions') return 'conditions';
  if (readId === 'allergies') return 'allergies';
  if (readId === 'smoking' || readId === 'pregnancy') return 'status-observations';
  return undefined;
}

/**
 * Sources with a failed or denied read. A 404 ("this EHR does not offer it", e.g. no R4
 * MedicationStatement) is noted on screen but is not a failure: the data lives elsewhere.
 */
export function unavailableSources(reads: readonly ReadState[]): DataSource[] {
  const out = new Set<DataSource>();
  for (const r of reads) {
    if (r.status !== 'error' && r.status !== 'not-granted') continue;
    const source = sourceOf(r.id);
    if (source) out.add(source);
  }
  return [...out];
}
