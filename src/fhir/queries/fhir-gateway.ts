/**
 * The one interface the data layer uses to talk to the EHR's FHIR server. src/smart implements it
 * over fhirclient; tests implement it over msw. It lives here (not in src/smart) because `fhir/`
 * may not import `smart/` (one-way layers).
 */
export interface FhirGateway {
  /** The FHIR base URL (the launch `iss`), without a trailing slash. */
  readonly serverUrl: string;
  readonly patientId: string;
  /** The scopes the EHR granted, from the token response (not the ones the app asked for). */
  readonly grantedScopes: readonly string[];
  /** False when the token response says `need_patient_banner: false`. */
  readonly needPatientBanner: boolean;
  /**
   * GET a path relative to `serverUrl`, or an absolute URL on the same server (a `next` link).
   * Resolves with the parsed JSON body; rejects with FhirHttpError.
   */
  request(pathOrUrl: string, signal?: AbortSignal): Promise<unknown>;
}

/** A failed FHIR request. `status` 0 means the network failed (no HTTP answer). */
export class FhirHttpError extends Error {
  readonly status: number;
  readonly operationOutcome?: unknown;

  constructor(status: number, message: string, operationOutcome?: unknown) {
    super(message);
    this.name = 'FhirHttpError';
    this.status = status;
    this.operationOutcome = operationOutcome;
  }
}

/**
 * True for failures worth retrying: network errors, 429 and 5xx, except 501 (Not Implemented),
 * which says the server lacks the feature and will answer the same again.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof FhirHttpError)) return false;
  return error.status === 0 || error.status === 429 || (error.status >= 500 && error.status !== 501);
}
