import { describe, expect, it } from 'vitest';
import type { Page } from '../../../src/fhir/queries/bundle';
import { planSlices, withDateRange } from '../../../src/fhir/queries/date-slices';
import { DEFAULT_QUERY_POLICY, parseQueryPolicy } from '../../../src/fhir/queries/query-policy';

const NOW = Date.parse('2026-12-01T00:00:00Z');
const DAY = 86_400_000;

/** A page of `n` results, one a day back from `newest`. */
function page(n: number, newest: string, total?: number): Page {
  const top = Date.parse(newest);
  const resources = Array.from({ length: n }, (_, i) => ({
    resourceType: 'Observation',
    id: `o${i}`,
    effectiveDateTime: new Date(top - i * DAY).toISOString(),
  }));
  return { resources, warnings: [], next: 'x', ...(total !== undefined ? { total } : {}) };
}

describe('planSlices', () => {
  it('covers what is left below a newest-first page without gaps, newest slice first, open at the bottom', () => {
    const slices = planSlices({}, page(20, '2026-11-30T08:00:00Z', 200), { newestFirst: true, now: NOW });
    expect(slices.length).toBeGreaterThan(2);
    // The first page reached back to 2026-11-11: that day is read again (ties may continue).
    expect(slices[0]?.lt).toBe('2026-11-12');
    for (let i = 1; i < slices.length; i++) expect(slices[i]?.lt).toBe(slices[i - 1]?.ge);
    expect(slices.at(-1)?.ge).toBeUndefined();
  });

  it('keeps an unsorted open range open at both ends', () => {
    const slices = planSlices({}, page(20, '2020-01-20T08:00:00Z'), { newestFirst: false, now: NOW });
    expect(slices[0]?.lt).toBeUndefined();
    expect(slices.at(-1)?.ge).toBeUndefined();
    for (let i = 1; i < slices.length; i++) expect(slices[i]?.lt).toBe(slices[i - 1]?.ge);
  });

  it('stays within a bounded range it splits again', () => {
    const range = { ge: '2026-01-01', lt: '2026-03-01' };
    const slices = planSlices(range, page(20, '2026-02-28T08:00:00Z', 80), { newestFirst: true, now: NOW });
    expect(slices.at(-1)?.ge).toBe('2026-01-01');
    expect(slices.every((s) => (s.lt ?? '') <= '2026-03-01')).toBe(true);
  });

  it('gives no slices when no result has an effective date (the caller pages instead)', () => {
    const undated: Page = { resources: [{ resourceType: 'Observation', id: 'u' }], warnings: [] };
    expect(planSlices({}, undated, { newestFirst: true, now: NOW })).toEqual([]);
  });

  it('writes the range as date=ge and date=lt', () => {
    expect(withDateRange('Observation?patient=1', { ge: '2025-01-01', lt: '2026-01-01' })).toBe(
      'Observation?patient=1&date=ge2025-01-01&date=lt2026-01-01',
    );
  });
});

describe('the read strategy keys of the query policy', () => {
  it('defaults to one page after another, 6 in flight, and reads the keys when given', () => {
    expect(parseQueryPolicy({})).toMatchObject({ offsetPaging: false, dateSlices: false, maxInFlight: 6 });
    expect(DEFAULT_QUERY_POLICY.maxInFlight).toBe(6);
    expect(parseQueryPolicy({ offsetPaging: true, dateSlices: true, maxInFlight: 4 })).toMatchObject({
      offsetPaging: true,
      dateSlices: true,
      maxInFlight: 4,
    });
    expect(parseQueryPolicy({ maxInFlight: 0 }).maxInFlight).toBe(6);
  });
});
