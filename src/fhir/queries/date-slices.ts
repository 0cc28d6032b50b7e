/**
 * Date slices of a long Observation search (issue 11): `date=ge…&date=lt…` ranges, whole UTC days,
 * newest first, sized from the page already read so that each slice should fit in about one page.
 * Adjacent slices share their boundary string, so the server puts a result in one or both, never in
 * neither; results in both are merged by id (parallel-search.ts).
 */
import type { FhirResource, Page } from './bundle';

/** A range of `date`: `ge` inclusive, `lt` exclusive, as whole days (`YYYY-MM-DD`); absent = open. */
export interface DateRange {
  readonly ge?: string;
  readonly lt?: string;
}

const DAY = 86_400_000;
/** Slices per split at most: with 6 requests in flight, 24 slices are four round trips of requests. */
export const MAX_SLICES = 24;
/** The share of a page each slice is sized to hold: room for uneven histories without a re-split. */
const FILL = 0.6;
/** Pages assumed left when the server gives no `total`. */
const GUESS_PAGES = 4;

function ms(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const t = Date.parse(value);
  return Number.isFinite(t) ? t : undefined;
}

/** The time `date` searches match on an Observation: effective[x] (dateTime, instant, Period). */
export function effectiveTime(r: FhirResource): number | undefined {
  const period = r.effectivePeriod as { start?: unknown; end?: unknown } | undefined;
  return ms(r.effectiveDateTime) ?? ms(r.effectiveInstant) ?? ms(period?.start) ?? ms(period?.end);
}

const floorDay = (t: number): number => Math.floor(t / DAY) * DAY;
const day = (t: number): string => new Date(t).toISOString().slice(0, 10);

/**
 * Splits what is left of `range` after its first `page` into slices, newest first. `newestFirst`:
 * the page was sorted `-date`, so everything newer than its oldest result's day is already in hand.
 * `sliceSize`: the results one slice's request asks for (`_count`), at least the page's length.
 * Returns [] when the page gives nothing to size slices by (no dated result) or the range is under
 * two days: the caller then follows `next` links instead.
 * @param now - the current time (ms), the top of an open range read without sort
 */
export function planSlices(
  range: DateRange,
  page: Page,
  options: { readonly newestFirst: boolean; readonly now: number; readonly sliceSize?: number },
): DateRange[] {
  const times = page.resources.flatMap((r) => effectiveTime(r) ?? []);
  const n = page.resources.length;
  if (times.length === 0 || n === 0) return [];
  const newest = Math.max(...times);
  const oldest = Math.min(...times);
  const geMs = range.ge !== undefined ? Date.parse(range.ge) : undefined;
  const ltMs = range.lt !== undefined ? Date.parse(range.lt) : undefined;
  // Results left to read, and how many pages like this one they fill (for the time they span).
  const leftResults = page.total !== undefined ? Math.max(1, page.total - n) : GUESS_PAGES * n;
  const left = leftResults / n;
  let top: number;
  let bottom: number;
  if (options.newestFirst) {
    // Ties on the oldest day may continue on the next page: that day is read again.
    top = floorDay(oldest) + DAY;
    if (ltMs !== undefined) top = Math.min(top, ltMs);
    const perPage = Math.max(newest - oldest, DAY);
    bottom = geMs ?? top - left * perPage * 1.25;
  } else {
    top = ltMs ?? floorDay(Math.max(newest, options.now)) + DAY;
    bottom = geMs ?? floorDay(oldest);
  }
  // An unsorted range is read whole again, its first page included.
  const toRead = options.newestFirst ? leftResults : leftResults + n;
  const perSlice = Math.max(n, options.sliceSize ?? n);
  const k = Math.min(MAX_SLICES, Math.max(2, Math.ceil(toRead / perSlice / FILL)));
  const width = Math.max(DAY, Math.ceil((top - bottom) / k / DAY) * DAY);
  if (top - (geMs ?? bottom) < 2 * DAY) return [];
  const slices: DateRange[] = [];
  for (let i = 0; i < k; i++) {
    const hi = top - i * width;
    const lo = hi - width;
    const last = i === k - 1 || lo <= (geMs ?? bottom);
    // The newest slice of an unsorted open range stays open above; the oldest stays open below.
    const lt = i === 0 && !options.newestFirst ? range.lt : day(hi);
    const ge = last ? range.ge : day(lo);
    slices.push({ ...(ge !== undefined ? { ge } : {}), ...(lt !== undefined ? { lt } : {}) });
    if (last) break;
  }
  return slices;
}

/** The search path with the range's `date` parameters added. */
export function withDateRange(path: string, range: DateRange): string {
  const ge = range.ge !== undefined ? `&date=ge${range.ge}` : '';
  const lt = range.lt !== undefined ? `&date=lt${range.lt}` : '';
  return `${path}${ge}${lt}`;
}

/** The search path asking for `count` results a page (`_count` replaced or added). */
export function withCount(path: string, count: number): string {
  return /[?&]_count=\d+/.test(path)
    ? path.replace(/([?&])_count=\d+/, `$1_count=${count}`)
    : `${path}${path.includes('?') ? '&' : '?'}_count=${count}`;
}

/** Results without an effective time: no `date` range finds them, so they are asked apart. */
export function withoutDate(path: string): string {
  return `${path}&date:missing=true`;
}

/** For a warning: the range in words. */
export function describeRange(range: DateRange): string {
  if (range.ge !== undefined && range.lt !== undefined) return `dated from ${range.ge} to before ${range.lt}`;
  if (range.ge !== undefined) return `dated from ${range.ge} on`;
  if (range.lt !== undefined) return `dated before ${range.lt}`;
  return 'of any date';
}
