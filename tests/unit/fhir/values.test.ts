import { describe, it, expect } from 'vitest';
import { parseValueString, readQuantity } from '../../../src/fhir/normalize/values';
import { altObservation, labOf, LOINC, noteCodes, UCUM } from './fixtures';

describe('parseValueString', () => {
  it.each([
    ['<5', 5, '<', ''],
    ['12', 12, undefined, ''],
    ['12 U/L', 12, undefined, 'U/L'],
    ['> 300', 300, '>', ''],
    ['<=0.2 mg/dL', 0.2, '<=', 'mg/dL'],
    ['≥ 1.5', 1.5, '>=', ''],
  ])('reads "%s" as %s with comparator %s', (raw, value, comparator, unit) => {
    const r = parseValueString(raw);
    expect(r).toMatchObject({ kind: 'number', value, ...(comparator ? { comparator } : {}) });
    if (r.kind === 'number') expect(r.unit.unit ?? '').toBe(unit);
  });
  it.each(['Negative', 'see comment', '', '5-10', '5 to 10', '1,200', '<', 'H'])('cannot read "%s"', (raw) => {
    expect(parseValueString(raw).kind).toBe('unreadable');
  });
});

describe('Observation values', () => {
  it('reads valueQuantity with a comparator and keeps it', () => {
    const lab = labOf(
      altObservation({
        valueQuantity: { value: 5, comparator: '<', unit: 'U/L', code: 'U/L', system: 'http://unitsofmeasure.org' },
      }),
    );
    expect(lab).toMatchObject({ value: 5, comparator: '<', usable: true, originalValue: '<5', originalUnit: 'U/L' });
  });
  it('reads valueString "12 U/L" as a usable 12 U/L', () => {
    const lab = labOf(altObservation({ valueQuantity: undefined, valueString: '12 U/L' }));
    expect(lab).toMatchObject({ value: 12, unit: 'U/L', usable: true, originalValue: '12 U/L' });
  });
  it('reads valueString "> 300 IU/L" as at least 300 U/L', () => {
    expect(labOf(altObservation({ valueQuantity: undefined, valueString: '> 300 IU/L' }))).toMatchObject({
      value: 300,
      comparator: '>',
      usable: true,
    });
  });
  it('reads valueString "<5" in the unit of its reference range, and says so', () => {
    const lab = labOf(
      altObservation({
        valueQuantity: undefined,
        valueString: '<5',
        referenceRange: [{ low: { value: 0.1, unit: 'ukat/L' }, high: { value: 0.7, unit: 'ukat/L' } }],
      }),
    );
    expect(lab).toMatchObject({ value: 300, comparator: '<', usable: true });
    expect(noteCodes(lab)).toContain('data.unit-from-range');
  });
  it('reads valueString "12" in the unit of a text range "0 - 40 U/L"', () => {
    const lab = labOf(
      altObservation({ valueQuantity: undefined, valueString: '12', referenceRange: [{ text: '0 - 40 U/L' }] }),
    );
    expect(lab).toMatchObject({ value: 12, usable: true });
  });
  describe('FVC % predicted with no unit beside a range in "%"', () => {
    const fvcObservation = (value: number) =>
      altObservation({
        id: 'fvc-1',
        code: { coding: [{ system: LOINC, code: '19872-1' }] },
        valueQuantity: { value },
        referenceRange: [{ low: { value: 80, unit: '%', system: UCUM, code: '%' } }],
      });
    it('reads 0.45 as the fraction 45 %, not 0.45 %, and keeps the range', () => {
      const lab = labOf(fvcObservation(0.45));
      expect(lab).toMatchObject({
        analyte: 'fvcPct',
        value: 45,
        unit: '%',
        originalValue: '0.45',
        originalUnit: '',
        usable: true,
      });
      expect(lab.ranges).toEqual([expect.objectContaining({ low: 80 })]);
      expect(noteCodes(lab)).not.toContain('data.unit-from-range');
    });
    it('reads exactly 2 as 200 % (spec §3: a value ≤ 2 is a fraction)', () => {
      expect(labOf(fvcObservation(2)).value).toBe(200);
    });
    it('still reads 45 in the range unit, and says so', () => {
      const lab = labOf(fvcObservation(45));
      expect(lab).toMatchObject({ value: 45, unit: '%', usable: true });
      expect(noteCodes(lab)).toContain('data.unit-from-range');
    });
  });
  it('does not assume a unit for valueString "12" with no range unit: not usable, unit unrecognised', () => {
    const lab = labOf(altObservation({ valueQuantity: undefined, valueString: '12' }));
    expect(lab.usable).toBe(false);
    expect(lab.value).toBeUndefined();
    expect(noteCodes(lab)).toContain('data.unit-unrecognized');
  });
  it('reports an unreadable value and keeps it as written', () => {
    const lab = labOf(altObservation({ valueQuantity: undefined, valueString: 'hemolysed' }));
    expect(lab).toMatchObject({ usable: false, originalValue: 'hemolysed' });
    expect(noteCodes(lab)).toContain('data.value-unreadable');
  });
  it('reads dataAbsentReason as no value, with a note', () => {
    const lab = labOf(
      altObservation({
        valueQuantity: undefined,
        dataAbsentReason: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'error' }],
        },
      }),
    );
    expect(lab.usable).toBe(false);
    expect(lab.value).toBeUndefined();
    expect(lab.notes[0]?.code ?? '').toBe('data.value-absent');
  });
  it('treats a negative ALT as unreadable', () => {
    const lab = labOf(altObservation({ valueQuantity: { value: -3, unit: 'U/L' } }));
    expect(lab.usable).toBe(false);
    expect(noteCodes(lab)).toContain('data.value-unreadable');
  });
  it('marks an unknown unit as unrecognised and not usable', () => {
    const lab = labOf(altObservation({ valueQuantity: { value: 30, unit: 'mg/dL' } }));
    expect(lab).toMatchObject({ usable: false, originalUnit: 'mg/dL', originalValue: '30' });
    expect(noteCodes(lab)).toContain('data.unit-unrecognized');
  });
  it('reads a valueCodeableConcept on a lab as unreadable', () => {
    const lab = labOf(altObservation({ valueQuantity: undefined, valueCodeableConcept: { text: 'high' } }));
    expect(noteCodes(lab)).toContain('data.value-unreadable');
  });
});

describe('comparators that are not codes (issue 8.1)', () => {
  it.each<unknown>([' ', '', 5, null, true, '=', '<<', 'lt'])(
    'comparator %j makes the value unreadable',
    (comparator) => {
      expect(readQuantity({ value: 5, comparator, unit: 'U/L' }).kind).toBe('unreadable');
    },
  );
  it('reads a comparator with spaces around it', () => {
    expect(readQuantity({ value: 5, comparator: ' <= ', unit: 'U/L' })).toMatchObject({
      kind: 'number',
      comparator: '<=',
    });
  });
});
