/** Issue 11: a streamed read hands the same resource objects over with every page; only new ones are normalised. */
import { describe, expect, it } from 'vitest';
import { normalizePatientResources, type NormalizeCache } from '../../../src/fhir/normalize';
import { tableConverter, type UnitConverter } from '../../../src/fhir/units';
import { ALL_CASES } from '../../cases';

const tenYears = ALL_CASES.find((c) => c.id === 'ten-year-history');

function counting(): { converter: UnitConverter; calls: () => number } {
  let n = 0;
  return {
    converter: { toCanonical: (a, v, u) => (n++, tableConverter.toCanonical(a, v, u)) },
    calls: () => n,
  };
}

describe('normalising with a cache (issue 11)', () => {
  it('gives the same data as without, page after page, converting each result once', () => {
    if (!tenYears) throw new Error('ten-year-history case missing');
    const resources = tenYears.build('2026-11-25').resources;
    const { converter, calls } = counting();
    const cache: NormalizeCache = new WeakMap();
    const half = resources.slice(0, Math.floor(resources.length / 2));
    expect(normalizePatientResources(half, { units: converter }, cache)).toEqual(
      normalizePatientResources(half, { units: tableConverter }),
    );
    const afterHalf = calls();
    expect(afterHalf).toBeGreaterThan(0);
    const whole = normalizePatientResources(resources, { units: converter }, cache);
    expect(whole).toEqual(normalizePatientResources(resources, { units: tableConverter }));
    const afterWhole = calls();
    // The second half only: the first half came from the cache.
    expect(afterWhole - afterHalf).toBeLessThan(afterHalf * 1.5);
    normalizePatientResources(resources, { units: converter }, cache);
    expect(calls()).toBe(afterWhole);
  });
});
