import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadFile, networkProblem } from './download';
import { readErrorFile } from './error-files';
import {
  EXPORT_TYPES,
  ExportError,
  type ExportErrorEntry,
  type ExportFile,
  type ExportOptions,
  type ExportResult,
} from './export-types';
import { discard, timerSleep, type RetryPolicy } from './http-retry';
import { parseManifest, type Manifest } from './manifest';
import { BackendAuthError } from './backend-auth';
import { kickOff, pollStatus, withAuth } from './status';

export type { ExportOptions, ExportResult } from './export-types';
export { ExportError } from './export-types';

/** The `_type` list for the options: the rules' types, less MedicationStatement where asked. */
export function exportTypes(opts: Pick<ExportOptions, 'noMedicationStatement'>): string[] {
  return EXPORT_TYPES.filter((type) => !(opts.noMedicationStatement && type === 'MedicationStatement'));
}

/**
 * Runs a Group-level Bulk Data `$export` to the end: kick-off, poll, download every file to a new
 * temp folder (streamed), read the `error` files, DELETE the job. A file that fails after retries,
 * or an error entry naming a type, puts that type in `failedTypes`; an error entry that names no
 * type (or an error file that cannot be read) puts every exported type there.
 * @throws ExportError when the export failed as a whole (the temp folder is then removed)
 */
export async function exportGroup(opts: ExportOptions): Promise<ExportResult> {
  const doFetch = opts.fetch ?? fetch;
  const policy: RetryPolicy = {
    maxAttempts: opts.maxAttempts ?? 5,
    backoffMs: opts.backoffMs ?? 1000,
    sleep: opts.sleep ?? timerSleep,
    ...(opts.auth && { auth: opts.auth }),
    ...(opts.signal && { signal: opts.signal }),
  };
  const types = exportTypes(opts);
  const statusUrl = await kickOff(opts, types, doFetch, policy).catch((error: unknown) => {
    throw asExportError(error, opts);
  });
  opts.onProgress?.({ kind: 'kick-off', statusUrl });
  let dir: string | undefined;
  try {
    const body = await pollStatus(statusUrl, opts, doFetch, policy);
    const manifest = parseManifest(body, statusUrl);
    if (typeof manifest === 'string') throw new ExportError('bad-manifest', manifest);
    opts.onProgress?.({ kind: 'manifest', files: manifest.output.length, errorFiles: manifest.error.length });
    dir = await mkdtemp(join(opts.tempDir ?? tmpdir(), 'riluzole-export-'));
    const result = await downloadAll(manifest, dir, types, opts, doFetch, policy);
    return result;
  } catch (error) {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
    throw asExportError(error, opts);
  } finally {
    await deleteJob(statusUrl, opts, doFetch, policy);
  }
}

async function downloadAll(
  manifest: Manifest,
  dir: string,
  types: readonly string[],
  opts: ExportOptions,
  doFetch: typeof fetch,
  policy: RetryPolicy,
): Promise<ExportResult> {
  const auth = opts.auth;
  const token = manifest.requiresAccessToken && auth ? () => auth.token() : undefined;
  const files: ExportFile[] = [];
  const failed = new Set<string>();
  const errors: ExportErrorEntry[] = [];
  let totalBytes = 0;
  for (const [index, file] of manifest.output.entries()) {
    const path = join(dir, `${String(index).padStart(4, '0')}-${file.type}.ndjson`);
    const outcome = await downloadFile(file.url, path, token, policy, doFetch, (bytes) => {
      totalBytes += bytes;
      opts.onProgress?.({ kind: 'download', type: file.type, bytes, totalBytes });
    });
    if (outcome.ok) files.push({ type: file.type, path, bytes: outcome.bytes });
    else {
      failed.add(file.type);
      errors.push({ type: file.type, message: outcome.message });
      opts.onProgress?.({ kind: 'file-failed', type: file.type, message: outcome.message });
    }
  }
  for (const [index, file] of manifest.error.entries()) {
    const path = join(dir, 'errors', `${String(index).padStart(4, '0')}-${file.type}.ndjson`);
    await mkdir(join(dir, 'errors'), { recursive: true });
    const outcome = await downloadFile(file.url, path, token, policy, doFetch, () => undefined);
    if (!outcome.ok) {
      // Unread, the error file could have named any type: none can be trusted complete.
      errors.push({ message: `an error file could not be read: ${outcome.message}` });
      for (const type of types) failed.add(type);
      continue;
    }
    const reading = await readErrorFile(path, types);
    errors.push(...reading.entries);
    for (const type of reading.failedTypes) failed.add(type);
    if (reading.untyped) for (const type of types) failed.add(type);
  }
  return {
    dir,
    transactionTime: manifest.transactionTime,
    files,
    failedTypes: [...failed].sort(),
    errors,
    requestUrl: manifest.request,
  };
}

/** Tells the server the files may go (Bulk Data: "Delete a Bulk Data Request"); failures are only reported. */
async function deleteJob(
  statusUrl: string,
  opts: ExportOptions,
  doFetch: typeof fetch,
  policy: RetryPolicy,
): Promise<void> {
  try {
    const response = await withAuth(statusUrl, 'DELETE', opts, doFetch, { ...policy, maxAttempts: 2 });
    discard(response);
    if (response.ok) opts.onProgress?.({ kind: 'deleted' });
  } catch {
    // The server drops old jobs itself (Oracle: 30 days); a failed DELETE does not fail the export.
  }
}

function asExportError(error: unknown, opts: ExportOptions): ExportError {
  if (error instanceof ExportError) return error;
  if (error instanceof BackendAuthError) return new ExportError('auth-failed', error.message);
  if (opts.signal?.aborted) return new ExportError('cancelled', 'the export was cancelled');
  return new ExportError('network', `the export failed: ${networkProblem(error)}`);
}
