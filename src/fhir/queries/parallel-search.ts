/**
 * One search read to the end with its requests side by side (issue 11): after the first page,
 * either every other page at once by `_offset` (where the EHR's policy says it honours it and the
 * page gave `Bundle.total`), or, for Observation, date slices asked at once, newest first, a slice
 * still full split once more, and only then its `next` links followed. So a long history arrives in
 * three round trips instead of one per page. Without either, `next` links one after another.
 */
import { splitPage, type FhirResource, type Page } from './bundle';
import { describeRange, planSlices, withCount, withDateRange, withoutDate, type DateRange } from './date-slices';
import { checkNext, requestWithRetry, type ReadData, type RetryPolicy } from './fetch-pages';
import type { FhirGateway } from './fhir-gateway';
import { isIdSearchUnsupported } from './medication-reads';
import type { QueryPolicy } from './query-policy';

export interface SearchOptions {
  readonly policy: Pick<QueryPolicy, 'offsetPaging' | 'dateSlices' | 'maxPages' | 'maxPageSize'>;
  readonly retry: RetryPolicy;
  readonly signal?: AbortSignal;
  /** Called with everything received so far, after every page. */
  readonly onData: (data: ReadData) => void;
  /** The clock for open date ranges (tests pin it). */
  readonly now?: () => number;
}

/** Split levels: the first page's remainder, then each slice still full; after that, `next` links. */
const SPLIT_DEPTH = 2;

/** Everything one search has received, merged by resource id (overlapping slices never duplicate). */
class Collected {
  private readonly byId = new Map<string, FhirResource>();
  private readonly noId: FhirResource[] = [];
  private readonly warnings = new Set<string>();
  pages = 0;
  capped = false;

  add(page: Page): void {
    this.pages++;
    for (const r of page.resources) {
      if (r.id === undefined) this.noId.push(r);
      else if (!this.byId.has(`${r.resourceType}/${r.id}`)) this.byId.set(`${r.resourceType}/${r.id}`, r);
    }
    for (const w of page.warnings) this.warnings.add(w);
  }

  get count(): number {
    return this.byId.size + this.noId.length;
  }

  warn(text: string): void {
    this.warnings.add(text);
  }

  data(complete: boolean): ReadData {
    return {
      resources: [...this.byId.values(), ...this.noId],
      warnings: [...this.warnings],
      pages: this.pages,
      complete,
      capped: this.capped,
    };
  }
}

/** The first page's resources again: the server ignored `_offset`. */
function samePage(a: Page, b: Page): boolean {
  const first = (p: Page): string | undefined =>
    p.resources[0] && `${p.resources[0].resourceType}/${p.resources[0].id}`;
  return first(a) !== undefined && first(a) === first(b);
}

function withOffset(path: string, offset: number, count: number): string {
  return `${withCount(path, count).replace(/&_offset=\d+/, '')}&_offset=${offset}`;
}

/** Waits for every task, then throws the first failure: the slices that answered are kept. */
async function settleAll(tasks: readonly Promise<void>[]): Promise<void> {
  const failed = (await Promise.allSettled(tasks)).find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Reads `path` to the end. Resolves with the complete data; a failed request (after its retries)
 * rejects once the other requests have settled, after `onData` received everything that answered.
 */
export async function runSearch(gateway: FhirGateway, path: string, options: SearchOptions): Promise<ReadData> {
  const got = new Collected();
  // Requests per read: slices hold about half a page each, so twice the sequential page cap.
  let budget = options.policy.maxPages * 2;
  const publish = (): void => options.onData(got.data(false));
  const fetchPage = async (url: string): Promise<Page> => {
    budget--;
    return splitPage(await requestWithRetry(gateway, url, options.retry, options.signal));
  };
  /** Follows `next` links from `next` one after another. */
  const follow = async (next: string | undefined): Promise<void> => {
    let step = checkNext(next, gateway.serverUrl);
    while (step.next !== undefined) {
      if (budget <= 0) {
        got.capped = true;
        return;
      }
      const page = await fetchPage(step.next);
      got.add(page);
      step = checkNext(page.next, gateway.serverUrl);
      publish();
    }
    if (step.warning) got.warn(step.warning);
    if (step.refused) got.capped = true;
  };

  const first = await fetchPage(path);
  got.add(first);
  const firstNext = checkNext(first.next, gateway.serverUrl);
  if (firstNext.next === undefined) {
    if (firstNext.warning) got.warn(firstNext.warning);
    got.capped = firstNext.refused;
    return got.data(true);
  }
  publish();

  // The requests after the first page ask for up to the server's largest page (maxPageSize).
  const stride = first.resources.length;
  const bigPage = Math.max(stride, options.policy.maxPageSize ?? 0);

  const byOffset = async (total: number): Promise<boolean> => {
    // What is left, in as few requests as the largest page allows, spread evenly over them.
    const remaining = total - stride;
    const requests = Math.min(Math.ceil(remaining / bigPage), Math.max(0, budget));
    if (requests < Math.ceil(remaining / bigPage)) got.capped = true;
    const each = Math.ceil(remaining / Math.max(1, Math.ceil(remaining / bigPage)));
    let ignored = false;
    /** Results `offset` to `offset + count`; a server that gives fewer than asked is asked the rest. */
    const readPart = async (offset: number, count: number, last: boolean): Promise<void> => {
      const page = await fetchPage(withOffset(path, offset, count));
      if (samePage(page, first)) ignored = true;
      if (ignored) return;
      got.add(page);
      publish();
      const n = page.resources.length;
      if (n > 0 && n < count && offset + n < total) {
        if (budget <= 0) got.capped = true;
        else await readPart(offset + n, count - n, last);
        return;
      }
      // The server had more than its total said: the rest by its own links.
      if (last && !got.capped) await follow(page.next);
    };
    await settleAll(Array.from({ length: requests }, (_, i) => readPart(stride + i * each, each, i === requests - 1)));
    return !ignored;
  };

  const sliced = async (): Promise<boolean> => {
    const now = options.now?.() ?? Date.now();
    const newestFirst = /[?&]_sort=-date(&|$)/.test(path);
    const readSlice = async (range: DateRange, depth: number): Promise<void> => {
      try {
        if (budget <= 0) {
          got.capped = true;
          return;
        }
        const page = await fetchPage(withCount(withDateRange(path, range), bigPage));
        got.add(page);
        publish();
        if (page.next === undefined) return;
        const parts = depth < SPLIT_DEPTH ? planSlices(range, page, { newestFirst, now, sliceSize: bigPage }) : [];
        if (parts.length > 1) await settleAll(parts.map((part) => readSlice(part, depth + 1)));
        else await follow(page.next);
      } catch (error) {
        if (!options.signal?.aborted)
          got.warn(`Part of this search (results ${describeRange(range)}) could not be read.`);
        throw error;
      }
    };
    const slices = planSlices({}, first, { newestFirst, now, sliceSize: bigPage });
    if (slices.length < 2) return false;
    // Results without an effective time are in no date slice. With `total`, a count short of it
    // shows they exist; without, they are asked by `date:missing`. Either way, where they cannot
    // be had otherwise, the whole search is paged by its `next` links (slow, but nothing is lost).
    let fallback = false;
    const undated = async (): Promise<void> => {
      try {
        const page = await fetchPage(withCount(withoutDate(path), bigPage));
        got.add(page);
        publish();
        await follow(page.next);
      } catch (error) {
        if (!isIdSearchUnsupported(error) || options.signal?.aborted) throw error;
        fallback = true;
      }
    };
    const total = first.total;
    await settleAll([...slices.map((s) => readSlice(s, 1)), ...(total === undefined ? [undated()] : [])]);
    if (total !== undefined && got.count < total && !got.capped) fallback = true;
    if (fallback) await follow(first.next);
    return true;
  };

  try {
    let done = false;
    if (options.policy.offsetPaging && first.total !== undefined && first.resources.length > 0) {
      done = await byOffset(first.total);
    }
    if (!done && options.policy.dateSlices && /^Observation\?/.test(path)) done = await sliced();
    if (!done) await follow(first.next);
  } catch (error) {
    publish(); // with the warning naming the part not read
    throw error;
  }
  return got.data(true);
}
