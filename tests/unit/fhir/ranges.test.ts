import { describe, it, expect } from 'vitest';
import { parseRangeText } from '../../../src/fhir/normalize/ranges';
import { altObservation, labOf } from './fixtures';

const U = { unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' };

describe('parseRangeText', () => {
  it.each([
    ['10-40', { low: 10, high: 40 }],
    ['<40', { high: 40 }],
    ['0 - 40 U/L', { low: 0, high: 40, unit: 'U/L' }],
    ['up to 40', { high: 40 }],
    ['7 to 56', { low: 7, high: 56 }],
    ['> 1.5', { low: 1.5 }],
  ])('reads "%s"', (text, expected) => {
    expect(parseRangeText(text)).toEqual(expected);
  });
  it('reads "normal" and "negative" as no range', () => {
    expect(parseRangeText('normal')).toBeUndefined();
    expect(parseRangeText('negative')).toBeUndefined();
  });
});

describe('reference ranges of a result', () => {
  it('reads low and high of a normal range', () => {
    const lab = labOf(altObservation({ referenceRange: [{ low: { value: 7, ...U }, high: { value: 56, ...U } }] }));
    expect(lab.ranges).toEqual([{ low: 7, high: 56, hasAppliesTo: false }]);
  });
  it('converts a range given in µkat/L to U/L', () => {
    const lab = labOf(
      altObservation({
        valueQuantity: { value: 1, unit: 'µkat/L' },
        referenceRange: [{ high: { value: 0.75, unit: 'µkat/L' } }],
      }),
    );
    expect(lab.value).toBe(60);
    expect(lab.ranges[0]?.high).toBe(45);
  });
  it('reads a text range "0 - 40 U/L" and keeps the text', () => {
    const lab = labOf(altObservation({ referenceRange: [{ text: '0 - 40 U/L' }] }));
    expect(lab.ranges).toEqual([{ low: 0, high: 40, hasAppliesTo: false, text: '0 - 40 U/L' }]);
  });
  it('reads a text range with no unit in the result unit', () => {
    const lab = labOf(
      altObservation({ valueQuantity: { value: 1, unit: 'ukat/L' }, referenceRange: [{ text: '<0.7' }] }),
    );
    expect(lab.ranges[0]?.high).toBe(42);
  });
  it('drops a range whose unit cannot be converted', () => {
    const lab = labOf(
      altObservation({ referenceRange: [{ high: { value: 40, unit: 'mg/dL' } }, { text: 'up to 40 bananas' }] }),
    );
    expect(lab.ranges).toEqual([]);
  });
  it('keeps only ranges of type normal or with no type', () => {
    const lab = labOf(
      altObservation({
        referenceRange: [
          { type: { coding: [{ code: 'treatment' }] }, high: { value: 100, ...U } },
          {
            type: {
              coding: [{ system: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning', code: 'normal' }],
            },
            high: { value: 40, ...U },
          },
        ],
      }),
    );
    expect(lab.ranges.map((r) => r.high)).toEqual([40]);
  });
  it('keeps appliesTo sex and age bounds in years', () => {
    const lab = labOf(
      altObservation({
        referenceRange: [
          {
            high: { value: 33, ...U },
            appliesTo: [{ coding: [{ system: 'http://hl7.org/fhir/administrative-gender', code: 'female' }] }],
            age: { low: { value: 18, unit: 'a' }, high: { value: 65, unit: 'a' } },
          },
          { high: { value: 45, ...U }, appliesTo: [{ text: 'adults' }] },
        ],
      }),
    );
    expect(lab.ranges).toEqual([
      { high: 33, hasAppliesTo: true, appliesToSex: 'female', ageLowYears: 18, ageHighYears: 65 },
      { high: 45, hasAppliesTo: true },
    ]);
  });
});
