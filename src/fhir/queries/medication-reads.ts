/**
 * The fallback for EHRs that cannot search Medication by `_id`: each missing Medication is read on
 * its own (`Medication/<id>`), a few at a time, so one unsupported search parameter does not leave
 * every referenced drug unidentified (and riluzole or an interacting drug unseen).
 */
import { splitPage, type FhirResource } from './bundle';
import { DEFAULT_RETRY, requestWithRetry, type ReadData } from './fetch-pages';
import { FhirHttpError } from './fhir-gateway';
import { limitedGateway } from './limiter';
import type { ReadQueryContext } from './read-queries';

/** Reads in flight at once: quick for a typical list, without flooding the EHR with requests. */
export const MEDICATION_READ_CONCURRENCY = 6;

/**
 * Answers meaning "this server does not do that search" rather than "the search failed": 400
 * (unknown parameter), 404 (no search route), 501 (not implemented).
 */
const ID_SEARCH_UNSUPPORTED: ReadonlySet<number> = new Set([400, 404, 501]);

export function isIdSearchUnsupported(error: unknown): boolean {
  return error instanceof FhirHttpError && ID_SEARCH_UNSUPPORTED.has(error.status);
}

/**
 * Runs `task` over `items` with at most `limit` running at once; results keep the items' order.
 * After the first failure no new task starts, and the failure is thrown.
 */
export async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const queue = items.map((item, index) => ({ item, index }));
  const results: R[] = [];
  let failed = false;
  const worker = async (): Promise<void> => {
    for (let next = queue.shift(); next !== undefined && !failed; next = queue.shift()) {
      try {
        results[next.index] = await task(next.item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

export const ONE_BY_ONE_NOTE =
  'This EHR cannot search medications by id (Medication?_id=…): each referenced medication was read on its own.';

/** Reads each Medication by id. A 404 or 410 (deleted) is named in a warning, not a failure. */
export async function readMedicationsOneByOne(
  ctx: ReadQueryContext,
  ids: readonly string[],
  signal: AbortSignal,
  note: string = ONE_BY_ONE_NOTE,
): Promise<ReadData> {
  const retry = ctx.retry ?? DEFAULT_RETRY;
  const gateway = limitedGateway(ctx.gateway, ctx.policy.maxInFlight);
  const gone: string[] = [];
  const pages = await mapBounded(ids, MEDICATION_READ_CONCURRENCY, async (id) => {
    try {
      return splitPage(await requestWithRetry(gateway, `Medication/${encodeURIComponent(id)}`, retry, signal));
    } catch (error) {
      if (!(error instanceof FhirHttpError) || (error.status !== 404 && error.status !== 410)) throw error;
      gone.push(`Medication/${id}`);
      return undefined;
    }
  });
  const resources: FhirResource[] = pages.flatMap(
    (p) => p?.resources.filter((r) => r.resourceType === 'Medication') ?? [],
  );
  const warnings = [note, ...pages.flatMap((p) => p?.warnings ?? [])];
  if (gone.length > 0)
    warnings.push(`Not found on the EHR, so the orders naming them cannot be identified: ${gone.sort().join(', ')}.`);
  return { resources, warnings, pages: ids.length, complete: true, capped: false };
}
