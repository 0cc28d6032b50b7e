/** Paged FHIR searches with retries: the first page is yielded at once, later pages as they come. */
import { splitPage, type FhirResource } from './bundle';
import { isTransient, type FhirGateway } from './fhir-gateway';
import { isOnServer } from './search-url';

/** Everything one read has received so far. This is the TanStack Query data of a read. */
export interface ReadData {
  readonly resources: readonly FhirResource[];
  readonly warnings: readonly string[];
  readonly pages: number;
  /** No more pages will come (the last page had no `next`, or paging stopped). */
  readonly complete: boolean;
  /** Paging stopped while the server had more: page cap reached or a `next` link refused. */
  readonly capped: boolean;
}

export const EMPTY_READ: ReadData = { resources: [], warnings: [], pages: 0, complete: false, capped: false };

export interface RetryPolicy {
  /** Extra attempts after the first, for network errors, 429 and 5xx. */
  readonly retries: number;
  /** Wait before retry number `attempt` (1-based). */
  readonly delayMs: (attempt: number) => number;
}

/** Twice, after 1 s then 3 s: long enough for a busy server, short enough for a clinician. */
export const DEFAULT_RETRY: RetryPolicy = { retries: 2, delayMs: (attempt) => (attempt === 1 ? 1000 : 3000) };

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

/** One GET, retried on transient failures only (a 4xx will not get better by asking again). */
export async function requestWithRetry(
  gateway: FhirGateway,
  pathOrUrl: string,
  retry: RetryPolicy,
  signal?: AbortSignal,
): Promise<unknown> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await gateway.request(pathOrUrl, signal);
    } catch (error) {
      if (attempt >= retry.retries || !isTransient(error) || signal?.aborted) throw error;
      await sleep(retry.delayMs(attempt + 1), signal);
    }
  }
}

const FOREIGN_NEXT =
  'The EHR linked the next page of results to another server; it was not followed, so this list may be incomplete.';

const UNREADABLE_NEXT =
  'The link to the next page of results could not be read; it was not followed, so this list may be incomplete.';

/** The `next` link made absolute against the server, or undefined when it is not a URL. */
function absoluteUrl(next: string, serverUrl: string): string | undefined {
  try {
    return new URL(next, `${serverUrl}/`).href;
  } catch {
    return undefined;
  }
}

/** What to do with a page's `next` link: follow it (absolute), or stop (with a warning when refused). */
export interface NextStep {
  readonly next?: string;
  readonly refused: boolean;
  readonly warning?: string;
}

/** Checks a `next` link: only links on the FHIR server are followed (the bearer token must not leave it). */
export function checkNext(next: string | undefined, serverUrl: string): NextStep {
  if (next === undefined) return { refused: false };
  const absolute = absoluteUrl(next, serverUrl);
  // Issue 8.8: a link that is not a URL must not lose the page already received.
  if (absolute === undefined) return { refused: true, warning: UNREADABLE_NEXT };
  if (!isOnServer(absolute, serverUrl)) return { refused: true, warning: FOREIGN_NEXT };
  return { next: absolute, refused: false };
}

/**
 * Yields the accumulated ReadData after every page. Follows `next` links only on the FHIR server
 * (the bearer token must not leave it), at most `maxPages` pages.
 */
export async function* fetchPages(
  gateway: FhirGateway,
  path: string,
  options: { readonly maxPages: number; readonly retry: RetryPolicy; readonly signal?: AbortSignal },
): AsyncGenerator<ReadData, void, undefined> {
  let data = EMPTY_READ;
  let url: string | undefined = path;
  while (url !== undefined) {
    const page = splitPage(await requestWithRetry(gateway, url, options.retry, options.signal));
    const pages = data.pages + 1;
    const step = checkNext(page.next, gateway.serverUrl);
    const warnings = [...data.warnings, ...page.warnings, ...(step.warning ? [step.warning] : [])];
    const atCap = step.next !== undefined && pages >= options.maxPages;
    const next = atCap ? undefined : step.next;
    data = {
      resources: [...data.resources, ...page.resources],
      warnings,
      pages,
      complete: next === undefined,
      capped: step.refused || atCap,
    };
    yield data;
    url = next;
  }
}
