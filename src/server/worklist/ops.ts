/**
 * What the server needs for the worklist's export and write-back, built from `worklist.export` of
 * the configuration file: the backend key (read once at start; a bad key stops the server), the job
 * of each run (assessed on the day it starts), and a logger that forwards to the app's once it exists.
 */
import { readFile } from 'node:fs/promises';
import { loadBackendKey, type BackendKey } from '../bulk/backend-auth';
import { KeyFileError } from '../bulk/backend-key';
import type { WorklistExportConfig } from '../worklist-config';
import type { IsoDate, Settings } from '../../rules/types';
import type { OpsLog } from './export-runner';
import type { ExportJob } from './run-export';

/** Thrown for a key file that cannot be read or used: one line, no key material. */
export class OpsConfigError extends Error {
  override readonly name = 'OpsConfigError';
}

export async function loadExportKey(cfg: WorklistExportConfig): Promise<BackendKey> {
  let text: string;
  try {
    text = await readFile(cfg.keyFile, 'utf8');
  } catch {
    throw new OpsConfigError(`worklist.export.keyFile ${cfg.keyFile}: cannot read the key file`);
  }
  try {
    return await loadBackendKey(text, cfg.kid);
  } catch (error) {
    if (error instanceof KeyFileError)
      throw new OpsConfigError(`worklist.export.keyFile ${cfg.keyFile}: ${error.message}`);
    throw error;
  }
}

/** The job of a new run: today's date, the clinic settings' label policy. */
export function exportJobOf(
  cfg: WorklistExportConfig,
  key: BackendKey,
  settings: Settings,
  today: () => IsoDate,
): () => ExportJob {
  return () => ({
    fhirBase: cfg.fhirBaseUrl,
    groupId: cfg.groupId,
    clientId: cfg.clientId,
    key,
    asOf: today(),
    policy: settings.policy,
    settings,
    noMedicationStatement: cfg.noMedicationStatement,
    ...(cfg.typeFilter && { typeFilter: cfg.typeFilter }),
  });
}

/** A logger that writes nowhere until `attach` gives it the app's (pino) logger. */
export function forwardingLog(): OpsLog & { attach(target: OpsLog): void } {
  let target: OpsLog | undefined;
  return {
    attach: (t) => void (target = t),
    info: (obj, msg) => target?.info(obj, msg),
    warn: (obj, msg) => target?.warn(obj, msg),
    error: (obj, msg) => target?.error(obj, msg),
  };
}
