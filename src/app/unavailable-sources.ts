/**
 * Which kinds of record the EHR did not return, from the reads' states. The rules then say
 * "could not be read" instead of "none recorded" (spec §1.1).
 */
import { recordsNotRead, type ReadState } from '../fhir/queries/read-state';
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
 * Sources with a failed, denied or unanswerable read. A 404 ("this EHR does not offer it") is
 * noted on screen as such, but the records were still not read: it makes its source unavailable
 * too, unless a read that covers the same records succeeded (MedicationStatement beside
 * MedicationRequest). Missing data is never good news (spec §1).
 */
export function unavailableSources(reads: readonly ReadState[]): DataSource[] {
  const out = new Set<DataSource>();
  for (const r of reads) {
    const source = recordsNotRead(r, reads) ? sourceOf(r.id) : undefined;
    if (source) out.add(source);
  }
  return [...out];
}
