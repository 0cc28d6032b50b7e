/**
 * Export fault modes, named in the Group id so that a script, a test or the command line picks
 * them without any sandbox state: `als-clinic.slow.429` is the clinic's Group, slow and rate-limited.
 */
export interface ExportFaults {
  /** Extra polls answered 202 (Retry-After: 1) before the manifest. */
  readonly slowPolls: number;
  /** Every other kick-off is answered 429 (Retry-After: 1): one job at a time, as Oracle does. */
  readonly rateLimited: boolean;
  /** This type's output file is answered 500, every time. */
  readonly failedType?: string;
  /** The manifest's error file names this type (an OperationOutcome). */
  readonly errorType?: string;
  /** The first file download's token is ended (401): the client must get a new one. */
  readonly expiredToken: boolean;
}

export const NO_EXPORT_FAULTS: ExportFaults = { slowPolls: 0, rateLimited: false, expiredToken: false };

/** The sandbox Group: every patient listed on the sandbox page. */
export const SANDBOX_GROUP_ID = 'als-clinic';

const SLOW_POLLS = 3;

/** `als-clinic.slow.429.failed-Observation.error-Condition.expired-token` → the base id and the faults. */
export function parseGroupId(id: string): { readonly base: string; readonly faults: ExportFaults } {
  const [base = '', ...parts] = id.split('.');
  let faults: ExportFaults = NO_EXPORT_FAULTS;
  for (const part of parts) {
    if (part === 'slow') faults = { ...faults, slowPolls: SLOW_POLLS };
    else if (part === '429') faults = { ...faults, rateLimited: true };
    else if (part === 'expired-token') faults = { ...faults, expiredToken: true };
    else if (part.startsWith('failed-')) faults = { ...faults, failedType: part.slice('failed-'.length) };
    else if (part.startsWith('error-')) faults = { ...faults, errorType: part.slice('error-'.length) };
    else return { base: '', faults };
  }
  return { base, faults };
}

/** The fault Group ids the sandbox page lists. */
export const FAULT_GROUPS: readonly { readonly id: string; readonly what: string }[] = [
  { id: `${SANDBOX_GROUP_ID}.slow`, what: `${SLOW_POLLS} extra status polls (202, Retry-After: 1, X-Progress)` },
  { id: `${SANDBOX_GROUP_ID}.429`, what: 'every other kick-off answered 429 (Retry-After: 1)' },
  { id: `${SANDBOX_GROUP_ID}.failed-Observation`, what: 'the Observation file answers 500' },
  { id: `${SANDBOX_GROUP_ID}.error-Condition`, what: 'an error file entry (OperationOutcome) for Condition' },
  { id: `${SANDBOX_GROUP_ID}.expired-token`, what: 'the token ends at the first download (401)' },
];
