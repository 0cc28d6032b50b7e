import type { ExportOptions, ExportResult } from './export-types';

export type { ExportOptions, ExportResult } from './export-types';
export { ExportError } from './export-types';

/**
 * Runs a Group-level Bulk Data `$export` to the end: kick-off, poll, download every file to a temp
 * folder, read the `error` files, DELETE the job.
 * @throws ExportError when the export failed as a whole
 */
export async function exportGroup(opts: ExportOptions): Promise<ExportResult> {
  throw new Error(`exportGroup is not implemented yet (${opts.groupId})`);
}
