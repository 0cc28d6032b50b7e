/**
 * `worklist export`: a Bulk Data Group export (helper G1's client), every patient assessed and stored
 * as one run. Exit 0 when every patient was assessed from complete data, 3 when some data could not be
 * read (the run is stored and those patients are listed with the reason), 1 when the export failed
 * (the run is recorded as failed and the previous run stays current), 2 for bad input. The folder is
 * assessed by helper G1's assessExport (the command line's NDJSON path; failed types unread for all).
 */
import { readFile, rm } from 'node:fs/promises';
import { InputError } from '../../cli/input-error';
import { loadSettings } from '../../cli/load-settings';
import { backendServicesTokens, loadBackendKey } from '../bulk/backend-auth';
import { KeyFileError } from '../bulk/backend-key';
import { exportGroup, exportTypes, ExportError } from '../bulk/export-group';
import type { ExportResult } from '../bulk/export-types';
import { assessExport } from '../bulk/assess-export';
import { addAssessment, finishRun, openDatabase, startRun, StoreError, type Db } from '../store';
import type { Policy, Settings } from '../../rules/types';
import type { Command } from './args';
import { UsageProblem } from './commands';
import type { Progress } from './progress';

type ExportCommand = Extract<Command, { kind: 'export' }>;

/** Exit status 1: the export failed as a whole; the message is one line without patient data. */
export class ExportFailed extends Error {
  override readonly name = 'ExportFailed';
}

async function readKey(c: ExportCommand): Promise<Awaited<ReturnType<typeof loadBackendKey>>> {
  let text: string;
  try {
    text = await readFile(c.keyFile, 'utf8');
  } catch {
    throw new UsageProblem(`${c.keyFile}: cannot read the key file`);
  }
  try {
    return await loadBackendKey(text, c.kid);
  } catch (error) {
    if (error instanceof KeyFileError) throw new UsageProblem(`${c.keyFile}: ${error.message}`);
    throw error;
  }
}

/** Every patient assessed and inserted, 200 to a transaction (a failed run is never current anyway). */
async function storeAssessments(
  db: Db,
  runId: number,
  result: ExportResult,
  opts: { readonly asOf: string; readonly policy: Policy; readonly settings: Settings },
  progress: Progress,
): Promise<number> {
  let n = 0;
  db.exec('BEGIN');
  try {
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

export async function exportCommand(c: ExportCommand, progress: Progress): Promise<number> {
  const key = await readKey(c);
  const settings = await loadSettings(c.settingsFile); // bad settings are exit 2 before any network call
  let db: Db;
  try {
    db = openDatabase(c.db);
  } catch (error) {
    if (error instanceof StoreError) throw new UsageProblem(error.message);
    throw error;
  }
  const policy = c.policy ?? settings.policy;
  const runId = startRun(db, { fhirBase: c.fhir, groupId: c.group, asOf: c.asOf, policy });
  let result: ExportResult | undefined;
  try {
    const types = exportTypes({ noMedicationStatement: c.noMedicationStatement });
    const auth = backendServicesTokens({ fhirBase: c.fhir, clientId: c.clientId, key, types });
    result = await exportGroup({
      fhirBase: c.fhir,
      groupId: c.group,
      auth,
      noMedicationStatement: c.noMedicationStatement,
      onProgress: (e) => progress.export(e),
    });
    const patients = await storeAssessments(db, runId, result, { asOf: c.asOf, policy, settings }, progress);
    const partial = result.failedTypes.length > 0;
    const errors = result.errors.map((e) => `${e.type ?? 'export'}: ${e.message}`);
    const run = finishRun(db, runId, {
      status: partial ? 'partial' : 'complete',
      failedTypes: result.failedTypes,
      errors,
      dataAsOf: result.transactionTime,
    });
    progress.done();
    progress.line(
      `worklist: stored run ${run.id}: ${patients} patient(s)` +
        (partial ? `; could not be read for every patient: ${result.failedTypes.join(', ')}` : ''),
    );
    return partial ? 3 : 0;
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    finishRun(db, runId, { status: 'failed', errors: [message ?? 'failed'] });
    progress.done();
    if (error instanceof ExportError) throw new ExportFailed(`the export failed (${error.failure}): ${message}`);
    if (error instanceof InputError) throw new ExportFailed(`the export's files could not be read: ${message}`);
    throw error;
  } finally {
    db.close();
    if (result) await rm(result.dir, { recursive: true, force: true });
  }
}
