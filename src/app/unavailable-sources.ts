/**
 * Which kinds of record the EHR did not return, from the reads' states. The rules then say
 * "could not be read" instead of "none recorded" (spec §1.1).
 */
import type { ReadState, ReadStatus } from '../fhir/queries/read-state';
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
 * Reads whose records another read already covers, by the reads that cover them. Only
 * MedicationStatement is optional: many EHRs (Epic, Oracle Health) have no R4 MedicationStatement
 * and file reported medications as MedicationRequests, so its 404 costs nothing once the
 * MedicationRequest read succeeded. The other reads of a source search different records (the
 * lab LOINC set vs local lab codes; smoking vs pregnancy status) and stand for nothing else.
 */
const COVERED_BY: Readonly<Record<string, readonly string[]>> = {
  'medication-statements': ['medication-requests'],
};

/** A read that returned at least its first page. */
const SUCCEEDED: ReadonlySet<ReadStatus> = new Set<ReadStatus>(['partial', 'done', 'capped']);

/**
 * Sources with a failed, denied or unanswerable read. A 404 ("this EHR does not offer it") is
 * noted on screen as such, but the records were still not read: it makes its source unavailable
 * too, unless a read that covers the same records succeeded (MedicationStatement beside
 * MedicationRequest). Missing data is never good news (spec §1).
 */
export function unavailableSources(reads: readonly ReadState[]): DataSource[] {
  const succeeded = new Set(reads.filter((r) => SUCCEEDED.has(r.status)).map((r) => r.id));
  const out = new Set<DataSource>();
  for (const r of reads) {
    if (r.status === 'not-supported') {
      if ((COVERED_BY[r.id] ?? []).some((id) => succeeded.has(id))) continue;
    } else if (r.status !== 'error' && r.status !== 'not-granted') {
      continue;
    }
    const source = sourceOf(r.id);
    if (source) out.add(source);
  }
  return [...out];
}
