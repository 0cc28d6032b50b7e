/**
 * The state of one FHIR read (one search or read the app makes at launch), as the screen shows it.
 * Produced by the data layer (src/fhir/queries, src/app); rendered by src/features. No PHI beyond
 * the request path, which the EHR itself needs.
 */
export type ReadStatus =
  | 'loading' // no page yet
  | 'partial' // first page(s) in, more pages streaming
  | 'done'
  | 'capped' // stopped at the configured page cap: more data exists on the server
  | 'error'
  | 'not-granted' // scope not granted, or 403
  | 'not-supported'; // 404 / resource type absent on this EHR: noted, not an error

export type ReadErrorKind = 'expired' | 'forbidden' | 'server' | 'network' | 'bad-request' | 'malformed';

export interface ReadError {
  readonly kind: ReadErrorKind;
  /** A sentence for a clinician, e.g. "The EHR did not grant access to allergies." */
  readonly message: string;
  readonly httpStatus?: number;
}

export interface ReadState {
  /** Stable id, e.g. "labs-loinc", "labs-category", "medication-requests". */
  readonly id: string;
  /** For the screen, e.g. "Liver and blood tests (by LOINC code)". */
  readonly label: string;
  readonly resourceType: string;
  /** The request path relative to the FHIR base, e.g. "Observation?patient=123&code=...". */
  readonly request: string;
  readonly status: ReadStatus;
  readonly pages: number;
  /** Resources received so far (OperationOutcomes not counted). */
  readonly count: number;
  readonly error?: ReadError;
  /** OperationOutcome issues the EHR put in the results, as text. */
  readonly warnings: readonly string[];
}

/**
 * Reads whose records another read already covers, by the reads that cover them. Only
 * MedicationStatement is optional: many EHRs (Epic, Oracle Health) have no R4 MedicationStatement
 * and file reported medications as MedicationRequests, so its 404 costs nothing once the
 * MedicationRequest read answered. The other reads search different records (the lab LOINC set
 * vs local lab codes; smoking vs pregnancy status) and stand for nothing else.
 */
const COVERED_BY: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    'medication-statements': ['medication-requests'],
  }),
);

/** A read that returned at least its first page. */
const ANSWERED: ReadonlySet<ReadStatus> = new Set<ReadStatus>(['partial', 'done', 'capped']);

/**
 * True when a read's records were not read: it failed, was not granted, or the EHR does not offer
 * the resource type (404) and no read that covers the same records answered. The rules are then
 * told "could not be read" and the panels never say "none recorded" (spec §1).
 * @param read - the read in question
 * @param reads - every read of the launch (for the reads that may cover it)
 */
export function recordsNotRead(read: ReadState, reads: readonly ReadState[]): boolean {
  if (read.status === 'error' || read.status === 'not-granted') return true;
  if (read.status !== 'not-supported') return false;
  const coveredBy = COVERED_BY.get(read.id) ?? [];
  return !reads.some((r) => coveredBy.includes(r.id) && ANSWERED.has(r.status));
}
