import { describe, expect, it } from 'vitest';
import { trackMisses } from '../../../src/fhir/unit-misses';
import { tableConverter } from '../../../src/fhir/units';

describe('trackMisses', () => {
  it('passes conversions through and reports no miss while the table knows every unit', () => {
    const t = trackMisses(tableConverter);
    expect(t.converter.toCanonical('alt', 1, { unit: 'ukat/L' })).toBe(60);
    expect(t.converter.toCanonical('alt', 40, { unit: 'U/L' })).toBe(40);
    expect(t.missed()).toBe(false);
  });

  it('reports a miss once any unit was not converted, and keeps reporting it', () => {
    const t = trackMisses(tableConverter);
    expect(t.converter.toCanonical('alt', 45, { code: 'mU/mL', system: 'http://unitsofmeasure.org' })).toBeUndefined();
    expect(t.missed()).toBe(true);
    t.converter.toCanonical('alt', 40, { unit: 'U/L' });
    expect(t.missed()).toBe(true);
  });
});
