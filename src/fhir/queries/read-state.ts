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
