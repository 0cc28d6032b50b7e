/**
 * One TanStack Query `queryOptions` factory per FHIR read, keyed per patient:
 * `['fhir', patientId, readId]`. Each query streams: its data is the ReadData so far, written with
 * `setQueryData` after every page, so the first page shows while later pages arrive.
 */
import { queryOptions } from '@tanstack/react-query';
import { EMPTY_READ, fetchPages, DEFAULT_RETRY, type ReadData, type RetryPolicy } from './fetch-pages';
import type { FhirGateway } from './fhir-gateway';
import { limitedGateway } from './limiter';
import { runSearch } from './parallel-search';
import type { QueryPolicy } from './query-policy';
import type { ReadSpec } from './read-plan';
import { canRead } from './scopes';

export interface ReadQueryContext {
  readonly gateway: FhirGateway;
  readonly policy: QueryPolicy;
  readonly retry?: RetryPolicy;
  /** Least time between two published partial results (ms); 0 publishes every page. */
  readonly publishIntervalMs?: number;
}

/**
 * Every published page re-normalises and re-assesses the whole record (about 0.1-0.3 s for ten
 * years of labs), which delays the next page: partial results are published at most this often.
 * The first page of each read is always published at once; after it, the interval is shared by
 * all the reads of a launch.
 */
export const PUBLISH_INTERVAL_MS = 400;

/** When a partial result was last published, per gateway (one gateway is one launch's FHIR server). */
const clocks = new WeakMap<FhirGateway, { last: number }>();
function publishClock(gateway: FhirGateway): { last: number } {
  let clock = clocks.get(gateway);
  if (!clock) clocks.set(gateway, (clock = { last: Number.NEGATIVE_INFINITY }));
  return clock;
}

/** The key prefix of everything read for one patient (for refresh and for tests). */
export function patientKey(patientId: string): readonly ['fhir', string] {
  return ['fhir', patientId];
}

export function readKey(patientId: string, readId: string): readonly ['fhir', string, string] {
  return ['fhir', patientId, readId];
}

/** True when the granted scopes allow this read; otherwise it is never requested. */
export function isReadGranted(gateway: FhirGateway, spec: ReadSpec): boolean {
  return canRead(gateway.grantedScopes, spec.resourceType, spec.interaction);
}

/**
 * Runs the pages of one or more searches, publishing the merged data after every page: one `next`
 * link after another, or side by side where the EHR's policy allows (parallel-search.ts). Every
 * request goes through the launch's one limiter (limiter.ts).
 */
export async function streamPages(
  ctx: ReadQueryContext,
  paths: readonly string[],
  publish: (data: ReadData) => void,
  signal: AbortSignal,
): Promise<ReadData> {
  const latest = paths.map(() => EMPTY_READ);
  const merged = (): ReadData => ({
    resources: latest.flatMap((d) => d.resources),
    warnings: latest.flatMap((d) => d.warnings),
    pages: latest.reduce((n, d) => n + d.pages, 0),
    complete: latest.every((d) => d.complete),
    capped: latest.some((d) => d.capped),
  });
  const interval = ctx.publishIntervalMs ?? PUBLISH_INTERVAL_MS;
  // Shared by every read of the launch: pages of several long reads arriving together make one
  // re-assessment per interval, not one each. A read's first page still goes out at once.
  const clock = publishClock(ctx.gateway);
  let publishedOnce = false;
  let trailing: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const publishNow = (): void => {
    trailing = undefined;
    const m = merged();
    if (done || signal.aborted || m.complete) return;
    publish(m);
    publishedOnce = true;
    clock.last = Date.now();
  };
  const gateway = limitedGateway(ctx.gateway, ctx.policy.maxInFlight);
  const retry = ctx.retry ?? DEFAULT_RETRY;
  const received = (i: number, data: ReadData): void => {
    latest[i] = data;
    if (data.complete && latest.every((d) => d.complete)) return; // the query's result says it
    const wait = publishedOnce ? clock.last + interval - Date.now() : 0;
    if (wait <= 0) publishNow();
    // A page skipped by the throttle is published when the interval ends, so a slow next
    // page never hides one that has already arrived.
    else trailing ??= setTimeout(publishNow, wait);
  };
  const parallel = ctx.policy.offsetPaging || ctx.policy.dateSlices;
  try {
    await Promise.all(
      paths.map(async (path, i) => {
        if (parallel) {
          received(
            i,
            await runSearch(gateway, path, { policy: ctx.policy, retry, signal, onData: (d) => received(i, d) }),
          );
          return;
        }
        for await (const data of fetchPages(gateway, path, { maxPages: ctx.policy.maxPages, retry, signal })) {
          received(i, data);
        }
      }),
    );
  } catch (error) {
    // What did answer stays on screen beside the failure (the read's status is then "error").
    if (!signal.aborted) publish(merged());
    throw error;
  } finally {
    done = true;
    if (trailing !== undefined) clearTimeout(trailing);
  }
  return merged();
}

export function readQueryOptions(ctx: ReadQueryContext, spec: ReadSpec) {
  const queryKey = readKey(ctx.gateway.patientId, spec.id);
  // The key is ['fhir', patientId, readId] by contract: the gateway and the path are fixed for
  // a launch (one patient, one EHR policy), so they need not be part of it.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey,
    queryFn: ({ signal, client }) =>
      streamPages(ctx, [spec.path], (data) => client.setQueryData<ReadData>(queryKey, data), signal),
    enabled: isReadGranted(ctx.gateway, spec),
    // Retries happen per page inside fetchPages, so a failure on page 7 does not refetch pages 1-6.
    retry: false,
    // Data changes only when the clinician asks (refresh button): no refetch on focus or mount.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
