/**
 * The Bulk Data client's public types: what `exportGroup` takes and gives back. The worklist's
 * `export` command (src/server/store, src/cli) codes against these; keep them stable.
 */

/** One Bulk export resource type the rules read. */
export type ExportType =
  | 'Patient'
  | 'Observation'
  | 'MedicationRequest'
  | 'MedicationStatement'
  | 'Medication'
  | 'Condition'
  | 'AllergyIntolerance';

/** The `_type` list, in kick-off order (the types the rules read). */
export const EXPORT_TYPES: readonly ExportType[] = [
  'Patient',
  'Observation',
  'MedicationRequest',
  'MedicationStatement',
  'Medication',
  'Condition',
  'AllergyIntolerance',
];

/** A step the caller may show: a progress display on a terminal, plain lines elsewhere. */
export type ExportProgress =
  | { readonly kind: 'kick-off'; readonly statusUrl: string }
  | { readonly kind: 'server-progress'; readonly progress?: string; readonly retryAfterMs: number }
  | { readonly kind: 'manifest'; readonly files: number; readonly errorFiles: number }
  | { readonly kind: 'download'; readonly type: string; readonly bytes: number; readonly totalBytes: number }
  | { readonly kind: 'file-failed'; readonly type: string; readonly message: string }
  | { readonly kind: 'deleted' };

/** How the client authorizes: a bearer token source (Backend Services, or a fixed token in tests). */
export interface TokenSource {
  /** A current access token (cached until near expiry). */
  token(): Promise<string>;
  /** Drops the cached token: the next `token()` asks the server anew (after a 401). */
  invalidate(): void;
}

export interface ExportOptions {
  /** The FHIR base URL, e.g. https://fhir.example.org/R4 (no trailing slash needed). */
  readonly fhirBase: string;
  /** The Group's id (bare, not `Group/…`). */
  readonly groupId: string;
  /** Bearer tokens: see backend-auth.ts `backendServicesTokens`. Absent: an open server. */
  readonly auth?: TokenSource;
  /** Drop MedicationStatement from `_type` (Epic and Oracle Health have none). Default false. */
  readonly noMedicationStatement?: boolean;
  /** `_typeFilter` values, sent only when given (a Bulk v2 server may refuse it). */
  readonly typeFilter?: readonly string[];
  /** Where the files go: a new temp folder under it (default: the system temp folder). */
  readonly tempDir?: string;
  /** Progress callbacks; never given patient data. */
  readonly onProgress?: (event: ExportProgress) => void;
  /** Give up polling after this long (default 6 h). */
  readonly maxWaitMs?: number;
  /** Attempts per request on 429 and 5xx (default 5). */
  readonly maxAttempts?: number;
  /** Smallest backoff step (default 1 s); tests set it low. */
  readonly backoffMs?: number;
  /** The fetch to use (tests); default the global fetch. */
  readonly fetch?: typeof fetch;
  /** Sleep (tests); default a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Cancels the export (the job is still DELETEd). */
  readonly signal?: AbortSignal;
}

export interface ExportFile {
  /** The resource type the manifest names for the file. */
  readonly type: string;
  /** Its path on disk, inside `ExportResult.dir`. */
  readonly path: string;
  readonly bytes: number;
}

export interface ExportErrorEntry {
  /** The resource type the OperationOutcome names, when it names one. */
  readonly type?: string;
  /** Never patient data: the server's diagnostics are cut to a short line. */
  readonly message: string;
}

export interface ExportResult {
  /** The temp folder holding the files; the caller removes it when done. */
  readonly dir: string;
  /** The manifest's `transactionTime`: the data are as of then. */
  readonly transactionTime: string;
  readonly files: readonly ExportFile[];
  /** Types whose data are incomplete (a file failed after retries, or an `error` entry named them). */
  readonly failedTypes: readonly string[];
  readonly errors: readonly ExportErrorEntry[];
  /** The kick-off URL the manifest echoes. */
  readonly requestUrl: string;
}

/** Why an export failed as a whole (nothing from it may be stored as current). */
export type ExportFailure =
  'kick-off-refused' | 'status-failed' | 'timed-out' | 'bad-manifest' | 'auth-failed' | 'network' | 'cancelled';

/** The export failed as a whole; `message` is one line without patient data. */
export class ExportError extends Error {
  constructor(
    readonly failure: ExportFailure,
    message: string,
    /** A refused kick-off's Retry-After (429): the server asks the client to wait this long. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ExportError';
  }
}
