/**
 * `worklist export`: a Bulk Data Group export (helper G1's client), every patient assessed and stored
 * as one run. Exit 0 when every patient was assessed from complete data, 3 when some data could not be
 * read (the run is stored and those patients are listed with the reason), 1 when the export failed
 * (the run is recorded as failed and the previous run stays current), 2 for bad input. The folder is
 * assessed by helper G1's assessExport (the command line's NDJSON path; failed types unread for all).
 */
import { readFile } from 'node:fs/promises';
import { loadSettings } from '../../cli/load-settings';
import { loadBackendKey } from '../bulk/backend-auth';
import { KeyFileError } from '../bulk/backend-key';
import { openDatabase, StoreError, type Db } from '../store';
import type { Command } from './args';
import { UsageProblem } from './commands';
import type { Progress } from './progress';
import { beginExport, runExport, type ExportJob } from './run-export';

export { ExportFailed } from './run-export';

type ExportCommand = Extract<Command, { kind: 'export' }>;

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
  const job: ExportJob = {
    fhirBase: c.fhir,
    groupId: c.group,
    clientId: c.clientId,
    key,
    asOf: c.asOf,
    policy: c.policy ?? settings.policy,
    settings,
    noMedicationStatement: c.noMedicationStatement,
  };
  try {
    const outcome = await runExport(db, beginExport(db, job), job, progress).finally(() => progress.done());
    const partial = outcome.status === 'partial';
    progress.line(
      `worklist: stored run ${outcome.runId}: ${outcome.patients} patient(s)` +
        (partial ? `; could not be read for every patient: ${outcome.failedTypes.join(', ')}` : ''),
    );
    return partial ? 3 : 0;
  } finally {
    db.close();
  }
}
