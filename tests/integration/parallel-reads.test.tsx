/**
 * Issue 11 item 1: a long search complete in at most three waves of requests side by side (date
 * slices or `_offset` pages), never more than the configured requests in flight, merged by id, and
 * a failed slice leaving the read failed (never complete).
 */
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countWaves } from '../e2e/support/waves';
import { testGateway } from './support/gateway';
import { historyServer, labHistory, type HistoryOptions } from './support/history-server';
import { readOf, renderReads } from './support/render-reads';
import { server } from './support/server';
import type { QueryPolicy } from '../../src/fhir/queries/query-policy';

// Waves are counted from request timings: with no limit in the way, a request that waited was one
// that needed an answer first. The limiter has its own test below.
const UNLIMITED = 1000;
const SLICES: Partial<QueryPolicy> = {
  dateSlices: true,
  offsetPaging: false,
  pageSize: 20,
  maxPages: 50,
  maxInFlight: UNLIMITED,
};
const OFFSET: Partial<QueryPolicy> = { ...SLICES, dateSlices: false, offsetPaging: true };
const NEWEST = '2026-11-30T08:00:00Z';

async function readHistory(history: readonly object[], policy: Partial<QueryPolicy>, options: HistoryOptions = {}) {
  const fhir = historyServer(history, options);
  server.use(fhir.handler);
  const { result } = renderReads(testGateway('p1'), policy);
  await waitFor(() => expect(readOf(result, 'labs-category').status).not.toMatch(/loading|partial/), {
    timeout: 20_000,
  });
  const labs = result.current.resources.filter((r) => r.resourceType === 'Observation');
  const ids = labs.map((r) => r.id);
  const labRequests = fhir.requests.filter((u) => u.includes('category=laboratory'));
  return { fhir, result, ids, labRequests };
}

describe('reads side by side (issue 11)', { timeout: 30_000 }, () => {
  it('reads 600 results by date slices in at most 3 waves, splitting a slice still full', async () => {
    // Dense in the last year (daily), sparse before (every 9 days): a slice sized from the first
    // page's density is too wide for the dense part and must be split again.
    const dense = labHistory(300, NEWEST, 1);
    const sparse = labHistory(300, '2025-11-30T08:00:00Z', 9).map((r, i) => ({ ...r, id: `old-${i}` }));
    const { fhir, result, ids, labRequests } = await readHistory([...dense, ...sparse], {
      ...SLICES,
      sortNewestFirst: true,
    });
    expect(readOf(result, 'labs-category').status).toBe('done');
    expect(new Set(ids).size).toBe(600);
    expect(ids).toHaveLength(600);
    expect(countWaves(fhir.timings)).toBeLessThanOrEqual(3);
    // Three levels: the first page, its slices, and the slices of a slice still full.
    expect(labRequests.filter((u) => (u.match(/date=ge/g) ?? []).length > 0).length).toBeGreaterThan(2);
    // The server gave a total and the slices reached it: nothing undated to look for.
    expect(labRequests.some((u) => u.includes('date:missing=true'))).toBe(false);
    // The newest slice is asked first.
    const firstSlice = labRequests.find((u) => u.includes('date=lt'));
    expect(firstSlice).toMatch(/date=lt2026-11-12/);
  });

  it('reads an unsorted history by date slices too, without Bundle.total', async () => {
    const history = labHistory(300, NEWEST, 5).reverse();
    const { fhir, result, ids } = await readHistory(history, { ...SLICES, sortNewestFirst: false }, { total: false });
    expect(readOf(result, 'labs-category').status).toBe('done');
    expect(new Set(ids).size).toBe(300);
    expect(ids).toHaveLength(300);
    expect(countWaves(fhir.timings)).toBeLessThanOrEqual(3);
  });

  it('never loses a result without an effective date: date:missing, a short count, or paging it all', async () => {
    const undated = { ...labHistory(1, NEWEST)[0], id: 'undated', effectiveDateTime: undefined, issued: NEWEST };
    const history = labHistory(100, NEWEST, 3, [undated]);
    const cases: [string, HistoryOptions][] = [
      ['no total: asked by date:missing', { total: false }],
      ['no total, no :missing: paged by next links', { total: false, noMissingModifier: true }],
      ['total counts 101 where the slices found 100: paged by next links', { noMissingModifier: true }],
    ];
    for (const [what, options] of cases) {
      server.resetHandlers();
      const { result, ids, labRequests } = await readHistory(history, { ...SLICES, sortNewestFirst: true }, options);
      expect(ids, what).toContain('undated');
      expect(ids, what).toHaveLength(101);
      expect(readOf(result, 'labs-category').status, what).toBe('done');
      expect(
        labRequests.some((u) => u.includes('date:missing')),
        what,
      ).toBe(options.total === false);
    }
  });

  it('merges overlapping slices by id: results on a boundary day are not doubled', async () => {
    // Ten results on each day: every slice boundary cuts through a day's results.
    const history = Array.from({ length: 30 }, (_, d) =>
      labHistory(10, new Date(Date.parse(NEWEST) - d * 86_400_000).toISOString(), 0).map((r, i) => ({
        ...r,
        id: `d${d}-${i}`,
      })),
    ).flat();
    const { result, ids } = await readHistory(history, { ...SLICES, sortNewestFirst: true });
    expect(readOf(result, 'labs-category').status).toBe('done');
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
  });

  it('reads every page at once by _offset where the server gives total: two waves', async () => {
    const { fhir, result, ids, labRequests } = await readHistory(labHistory(400, NEWEST), OFFSET);
    expect(readOf(result, 'labs-category').status).toBe('done');
    expect(new Set(ids).size).toBe(400);
    expect(labRequests).toHaveLength(20);
    expect(countWaves(fhir.timings)).toBe(2);
  });

  it('asks the pages after the first at the largest page the server honours: fewer, larger requests', async () => {
    const { fhir, result, ids, labRequests } = await readHistory(labHistory(400, NEWEST), {
      ...OFFSET,
      maxPageSize: 200,
    });
    expect(readOf(result, 'labs-category').status).toBe('done');
    expect(new Set(ids).size).toBe(400);
    // The first page of 20, then the 380 left in two requests of 190.
    expect(labRequests).toHaveLength(3);
    expect(labRequests.slice(1).every((u) => u.includes('_count=190'))).toBe(true);
    expect(countWaves(fhir.timings)).toBe(2);
  });

  it('asks again for the rest when the server gives fewer than the large page asked', async () => {
    // Configured for 200 a page, the server gives 50: every result still arrives, once.
    const { result, ids, labRequests } = await readHistory(
      labHistory(400, NEWEST),
      { ...OFFSET, maxPageSize: 200 },
      { maxCount: 50 },
    );
    expect(readOf(result, 'labs-category').status).toBe('done');
    expect(ids).toHaveLength(400);
    expect(new Set(ids).size).toBe(400);
    expect(labRequests.length).toBeGreaterThan(3);
  });

  it('sizes date slices to the largest page too', async () => {
    const history = labHistory(600, NEWEST, 1);
    const small = await readHistory(history, { ...SLICES, sortNewestFirst: true });
    server.resetHandlers();
    const large = await readHistory(history, { ...SLICES, sortNewestFirst: true, maxPageSize: 200 });
    expect(readOf(large.result, 'labs-category').status).toBe('done');
    expect(new Set(large.ids).size).toBe(600);
    expect(large.ids).toHaveLength(600);
    expect(large.labRequests.length).toBeLessThan(small.labRequests.length / 2);
    expect(large.labRequests.slice(1).every((u) => u.includes('_count=200'))).toBe(true);
  });

  it('notices an EHR that ignores _offset (page 1 again) and still reads every result once', async () => {
    const { result, ids } = await readHistory(labHistory(100, NEWEST), OFFSET, { ignoreOffset: true });
    expect(readOf(result, 'labs-category').status).toBe('done');
    expect(ids).toHaveLength(100);
    expect(new Set(ids).size).toBe(100);
  });

  it('falls back from _offset to next links when the server gives no total', async () => {
    const { fhir, result, ids } = await readHistory(labHistory(100, NEWEST), OFFSET, { total: false });
    expect(readOf(result, 'labs-category').status).toBe('done');
    expect(ids).toHaveLength(100);
    expect(fhir.requests.filter((u) => u.includes('category=laboratory'))).toHaveLength(5);
  });

  it('a failed slice fails the read, keeps what answered, and names the part not read', async () => {
    const history = labHistory(300, NEWEST, 2);
    const { result, ids } = await readHistory(history, { ...SLICES, sortNewestFirst: true }, { fail: /date=ge2025-0/ });
    const read = readOf(result, 'labs-category');
    expect(read.status).toBe('error');
    expect(read.count).toBeGreaterThan(20);
    expect(ids.length).toBeLessThan(300);
    expect(read.warnings.some((w) => /Part of this search \(results dated .*\) could not be read/.test(w))).toBe(true);
  });

  it('keeps at most maxInFlight requests in flight for all reads together', async () => {
    const big = await readHistory(labHistory(600, NEWEST), { ...OFFSET, maxInFlight: 4 }, { latencyMs: 15 });
    expect(big.fhir.requests.length).toBeGreaterThan(20);
    expect(big.fhir.maxInFlight()).toBe(4);
    server.resetHandlers();
    const dflt = await readHistory(labHistory(600, NEWEST), { ...OFFSET, maxInFlight: 6 }, { latencyMs: 15 });
    expect(dflt.fhir.maxInFlight()).toBe(6);
  });
});
