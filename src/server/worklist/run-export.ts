/**
 * One worklist export run, the same code for `npm run worklist -- export`, the server's schedule and
 * `POST /worklist/api/exports`: a Bulk Data Group export, every patient assessed and stored as one
 * run. The run is recorded first (so a caller can answer with its id), then finished as complete,
 * partial (some data could not be read for every patient) or failed (the previous run stays current).
 */
import { rm } from 'node:fs/promises';
import { InputError } from '../../cli/input-error';
import { backendServicesTokens, type BackendKey } from '../bulk/backend-auth';
import { exportGroup, exportTypes, ExportError } from '../bulk/export-group';
import type { ExportFailure, ExportResult } from '../bulk/export-types';
import { assessExport } from '../bulk/assess-export';
import { addAssessment, finishRun, startRun, type Db } from '../store';
import type { IsoDate, Policy, Settings } from '../../rules/types';
import type { Progress } from './progress';

/** What one export needs: the EHR, the backend client, and how to assess. */
export interface ExportJob {
  readonly fhirBase: string;
  readonly groupId: string;
  readonly clientId: string;
  readonly key: BackendKey;
  readonly asOf: IsoDate;
  readonly policy: Policy;
  readonly settings: Settings;
  readonly noMedicationStatement: boolean;
  readonly typeFilter?: readonly string[];
  /** Tests: the HTTP client and the retry sleep. */
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly backoffMs?: number;
}

export interface ExportOutcome {
  readonly runId: number;
  readonly status: 'complete' | 'partial';
  readonly patients: number;
  readonly failedTypes: readonly string[];
}

/** Exit status 1: the export failed as a whole; the message is one line without patient data. */
export class ExportFailed extends Error {
  override readonly name = 'ExportFailed';
  constructor(
    message: string,
    /** Why, when the Bulk client said ('kick-off-refused', 'network'…); undefined for unreadable files. */
    readonly failure?: ExportFailure,
    /** The server's Retry-After on a refused kick-off (429): wait at least this long before the next one. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** Records the run as running; returns its id. */
export function beginExport(db: Db, job: ExportJob): number {
  return startRun(db, { fhirBase: job.fhirBase, groupId: job.groupId, asOf: job.asOf, policy: job.policy });
}

/** Every patient assessed and inserted, 200 to a transaction (a failed run is never current anyway). */
async function storeAssessments(db: Db, runId: number, result: ExportResult, job: ExportJob, progress: Progress) {
  let n = 0;
  db.exec('BEGIN');
  try {
    const opts = { asOf: job.asOf, policy: job.policy, settings: job.settings };
    for await (const { assessment } of assessExport(result, opts)) {
      addAssessment(db, runId, assessment);
      n += 1;
      if (n % 200 === 0) {
        db.exec('COMMIT');
        db.exec('BEGIN');
      }
      progress.assessed(n);
    }
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
  return n;
}

/**
 * Runs the export of a run begun with beginExport and finishes the run.
 * @throws ExportFailed when the export failed as a whole (the run is then recorded as failed)
 */
export async function runExport(db: Db, runId: number, job: ExportJob, progress: Progress): Promise<ExportOutcome> {
  let result: ExportResult | undefined;
  try {
    const types = exportTypes({ noMedicationStatement: job.noMedicationStatement });
    const auth = backendServicesTokens({
      fhirBase: job.fhirBase,
      clientId: job.clientId,
      key: job.key,
      types,
      ...(job.fetch && { fetch: job.fetch }),
    });
    result = await exportGroup({
      fhirBase: job.fhirBase,
      groupId: job.groupId,
      auth,
      noMedicationStatement: job.noMedicationStatement,
      onProgress: (e) => progress.export(e),
      ...(job.typeFilter && { typeFilter: job.typeFilter }),
      ...(job.fetch && { fetch: job.fetch }),
      ...(job.sleep && { sleep: job.sleep }),
      ...(job.backoffMs !== undefined && { backoffMs: job.backoffMs }),
    });
    const patients = await storeAssessments(db, runId, result, job, progress);
    const partial = result.failedTypes.length > 0;
    finishRun(db, runId, {
      status: partial ? 'partial' : 'complete',
      failedTypes: result.failedTypes,
      errors: result.errors.map((e) => `${e.type ?? 'export'}: ${e.message}`),
      dataAsOf: result.transactionTime,
    });
    return { runId, status: partial ? 'partial' : 'complete', patients, failedTypes: result.failedTypes };
  } catch (error) {
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? 'failed') : String(error);
    finishRun(db, runId, { status: 'failed', errors: [message] });
    if (error instanceof ExportError) {
      throw new ExportFailed(`the export failed (${error.failure}): ${message}`, error.failure, error.retryAfterMs);
    }
    if (error instanceof InputError) throw new ExportFailed(`the export's files could not be read: ${message}`);
    throw error;
  } finally {
    if (result) await rm(result.dir, { recursive: true, force: true });
  }
}
