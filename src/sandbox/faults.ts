/**
 * Fault modes a sandbox launch can carry, for demos and end-to-end tests. Bound to one launch (and
 * the tokens issued for it), so parallel launches do not disturb each other.
 */
export interface Faults {
  /** Added to every FHIR response, in milliseconds. */
  readonly latencyMs: number;
  /** Resource type whose reads and searches answer 500. */
  readonly serverErrorType?: string;
  /** Seconds after the token is issued when FHIR calls start answering 401 (0: at once). */
  readonly expireAfterSeconds?: number;
  /** Resource type left out of the granted scope, answering 403. */
  readonly deniedType?: string;
  /** Put an OperationOutcome warning in every search bundle. */
  readonly warnings: boolean;
  /** Force `_count=5` on every search. */
  readonly tinyPages: boolean;
  /** Authorize redirects back with `error=access_denied`. */
  readonly accessDenied: boolean;
  /** Not a fault: the EHR shows its own patient banner, so the token says need_patient_banner false. */
  readonly ehrBanner: boolean;
}

export const NO_FAULTS: Faults = {
  latencyMs: 0,
  warnings: false,
  tinyPages: false,
  accessDenied: false,
  ehrBanner: false,
};

/** Resource types the app reads: the choices offered for the 500 and 403 faults. */
export const FAULT_TYPES = [
  'Patient',
  'Observation',
  'MedicationRequest',
  'MedicationStatement',
  'Medication',
  'Condition',
  'AllergyIntolerance',
] as const;

const MAX_LATENCY_MS = 30_000;

function flag(v: unknown): boolean {
  return v === true || v === 'true' || v === 'on' || v === '1';
}

function resourceType(v: unknown): string | undefined {
  return typeof v === 'string' && (FAULT_TYPES as readonly string[]).includes(v) ? v : undefined;
}

function nonNegative(v: unknown): number | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** Reads faults from a JSON body or a submitted form; anything unknown is ignored. */
export function parseFaults(input: unknown): Faults {
  if (typeof input !== 'object' || input === null) return NO_FAULTS;
  const o = input as Record<string, unknown>;
  const serverErrorType = resourceType(o.serverErrorType);
  const deniedType = resourceType(o.deniedType);
  const expireAfterSeconds = nonNegative(o.expireAfterSeconds);
  return {
    latencyMs: Math.min(nonNegative(o.latencyMs) ?? 0, MAX_LATENCY_MS),
    ...(serverErrorType ? { serverErrorType } : {}),
    ...(deniedType ? { deniedType } : {}),
    ...(expireAfterSeconds !== undefined ? { expireAfterSeconds } : {}),
    warnings: flag(o.warnings),
    tinyPages: flag(o.tinyPages),
    accessDenied: flag(o.accessDenied),
    ehrBanner: flag(o.ehrBanner),
  };
}

/** A short human summary for the EHR frame's header. */
export function describeFaults(f: Faults): string {
  const parts: string[] = [];
  if (f.latencyMs > 0) parts.push(`${f.latencyMs} ms latency`);
  if (f.serverErrorType) parts.push(`500 on ${f.serverErrorType}`);
  if (f.expireAfterSeconds !== undefined) parts.push(`token expires after ${f.expireAfterSeconds} s`);
  if (f.deniedType) parts.push(`${f.deniedType} scope denied`);
  if (f.warnings) parts.push('OperationOutcome warnings');
  if (f.tinyPages) parts.push('pages of 5');
  if (f.accessDenied) parts.push('access denied at authorize');
  if (f.ehrBanner) parts.push('need_patient_banner false');
  return parts.length > 0 ? parts.join(', ') : 'no faults';
}
