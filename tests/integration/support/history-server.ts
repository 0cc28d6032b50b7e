/**
 * An msw FHIR server with one long lab history, for the read strategies of issue 11: `date=ge/lt`
 * ranges (whole days), `date:missing`, `_sort=-date`, `_count`, `_offset`, and switches for what
 * real EHRs do differently (no `total`, `_offset` ignored, a failing slice). Counts requests in
 * flight and times every request, so tests can check the limiter and the number of waves.
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { Timed } from '../../e2e/support/waves';
import { ACCESS_TOKEN, FHIR_BASE } from './fhir-server';

export interface HistoryOptions {
  /** Answer with `Bundle.total` (default true). */
  readonly total?: boolean;
  /** Answer page 1 to every `_offset` (default false). */
  readonly ignoreOffset?: boolean;
  /** Milliseconds before each answer (default 5). */
  readonly latencyMs?: number;
  /** Answer 500 to searches whose URL matches. */
  readonly fail?: RegExp;
  /** Answer 400 to `date:missing` (the server lacks the modifier). */
  readonly noMissingModifier?: boolean;
  /** The most results a page holds, whatever `_count` asks (a server's own cap). */
  readonly maxCount?: number;
  /** Other resources by type, for searches other than the lab history. */
  readonly others?: Readonly<Record<string, readonly object[]>>;
}

export interface HistoryServer {
  readonly handler: HttpHandler;
  readonly requests: string[];
  readonly timings: Timed[];
  readonly maxInFlight: () => number;
}

const DAY = 86_400_000;

/** `n` lab Observations, one every `everyDays` days back from `newest`, with ids `lab-0`… (newest first). */
export function labHistory(n: number, newest: string, everyDays = 3, extra: readonly object[] = []): object[] {
  const top = Date.parse(newest);
  const labs = Array.from({ length: n }, (_, i) => ({
    resourceType: 'Observation',
    id: `lab-${i}`,
    status: 'final',
    category: [{ coding: [{ code: 'laboratory' }] }],
    code: { coding: [{ system: 'http://loinc.org', code: '1742-6' }] },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: new Date(top - i * everyDays * DAY).toISOString(),
    valueQuantity: { value: 20 + (i % 7), unit: 'U/L' },
  }));
  return [...labs, ...extra];
}

function dateOf(r: object): number | undefined {
  const v = (r as { effectiveDateTime?: string }).effectiveDateTime;
  return v === undefined ? undefined : Date.parse(v);
}

function matches(r: object, params: URLSearchParams): boolean {
  const t = dateOf(r);
  if (params.get('date:missing') === 'true') return t === undefined;
  for (const d of params.getAll('date')) {
    if (t === undefined) return false;
    const at = Date.parse(d.slice(2));
    if (d.startsWith('ge') && t < at) return false;
    if (d.startsWith('lt') && t >= at) return false;
  }
  return true;
}

export function historyServer(history: readonly object[], options: HistoryOptions = {}): HistoryServer {
  const requests: string[] = [];
  const timings: Timed[] = [];
  let inFlight = 0;
  let max = 0;
  const handler = http.get(`${FHIR_BASE}/*`, async ({ request }) => {
    const url = new URL(request.url);
    const rel = `${url.pathname.slice(new URL(FHIR_BASE).pathname.length + 1)}${url.search}`;
    requests.push(rel);
    const start = performance.now();
    inFlight++;
    max = Math.max(max, inFlight);
    try {
      await delay(options.latencyMs ?? 5);
      if (request.headers.get('authorization') !== `Bearer ${ACCESS_TOKEN}`)
        return new HttpResponse(null, { status: 401 });
      if (options.fail?.test(decodeURIComponent(rel))) {
        return HttpResponse.json(
          { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'exception' }] },
          { status: 500 },
        );
      }
      const type = url.pathname.split('/').pop() ?? '';
      const params = url.searchParams;
      if (params.has('date:missing') && options.noMissingModifier) {
        return HttpResponse.json(
          { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code: 'not-supported' }] },
          { status: 400 },
        );
      }
      if (type === 'p1') return HttpResponse.json({ resourceType: 'Patient', id: 'p1' });
      const isHistory = type === 'Observation' && params.get('category') === 'laboratory';
      let all = isHistory ? history.filter((r) => matches(r, params)) : [...(options.others?.[type] ?? [])];
      if (params.get('_sort') === '-date')
        all = [...all].sort((a, b) => (dateOf(b) ?? -Infinity) - (dateOf(a) ?? -Infinity));
      const count = Math.min(Number(params.get('_count') ?? '50'), options.maxCount ?? Infinity);
      // A server that ignores `_offset` pages by its own cursor, as Oracle Health's opaque links do.
      const cursor = params.get('_cursor');
      const offset = cursor !== null ? Number(cursor) : options.ignoreOffset ? 0 : Number(params.get('_offset') ?? '0');
      const page = all.slice(offset, offset + count);
      const next = new URL(request.url);
      next.searchParams.set(options.ignoreOffset ? '_cursor' : '_offset', String(offset + count));
      return HttpResponse.json({
        resourceType: 'Bundle',
        type: 'searchset',
        ...(options.total === false ? {} : { total: all.length }),
        ...(page.length ? { entry: page.map((resource) => ({ resource })) } : {}),
        ...(offset + count < all.length ? { link: [{ relation: 'next', url: next.href }] } : {}),
      });
    } finally {
      inFlight--;
      timings.push({ start, end: performance.now() });
    }
  });
  return { handler, requests, timings, maxInFlight: () => max };
}
