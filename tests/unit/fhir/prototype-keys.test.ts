/**
 * Issue 8.1: every lookup keyed by record text, fed every key of Object.prototype (in several
 * spellings), finds nothing. A table that answered "constructor" read an unreadable ALT as U/L.
 */
import { describe, it, expect } from 'vitest';
import type { MedicationRequest } from '@medplum/fhirtypes';
import { readQuantity, parseValueString } from '../../../src/fhir/normalize/values';
import { readRanges } from '../../../src/fhir/normalize/ranges';
import { normalizeResource } from '../../../src/fhir/normalize';
import { loadUcumConverter, tableConverter } from '../../../src/fhir/units';
import { dailyDoseMg } from '../../../src/rules/dose';
import { unitWords } from '../../../src/rules/context';
import { parseSettings } from '../../../src/rules/settings';
import { formatUnit } from '../../../src/features/shared/format';
import { ANALYTES } from '../../../src/rules/types';
import { altObservation, ctx, labOf } from './fixtures';

/** Every key an object literal inherits, plus `__proto__`. */
export const PROTOTYPE_KEYS: readonly string[] = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];
/** The keys as records might spell them: as is, upper case, capitalised, spaced. */
const SPELLINGS: readonly string[] = PROTOTYPE_KEYS.flatMap((k) => [
  k,
  k.toUpperCase(),
  k.charAt(0).toUpperCase() + k.slice(1),
  ` ${k.split('').join(' ')} `,
]);

describe('lookups keyed by record text ignore Object.prototype (issue 8.1)', () => {
  it.each(SPELLINGS)('comparator %j makes the value unreadable', (k) => {
    expect(readQuantity({ value: 5, comparator: k, unit: 'U/L' }).kind).toBe('unreadable');
    expect(labOf(altObservation({ valueQuantity: { value: 5, comparator: k as '<', unit: 'U/L' } })).usable).toBe(
      false,
    );
  });

  it.each(SPELLINGS)('unit %j is not recognised for any analyte by the table', (k) => {
    for (const a of ANALYTES) {
      expect(tableConverter.toCanonical(a, 30, { unit: k })).toBeUndefined();
      expect(tableConverter.toCanonical(a, 30, { code: k, system: 'http://unitsofmeasure.org' })).toBeUndefined();
    }
  });

  it('unit spelled as an Object.prototype key is not recognised by the UCUM converter', async () => {
    const ucum = await loadUcumConverter();
    for (const k of SPELLINGS) {
      for (const a of ANALYTES) expect(ucum.toCanonical(a, 30, { unit: k, code: k })).toBeUndefined();
    }
  });

  it.each(SPELLINGS)('an ALT in unit %j is not usable', (k) => {
    const lab = labOf(altObservation({ valueQuantity: { value: 30, unit: k, code: k } }));
    expect(lab.usable).toBe(false);
    expect(lab.notes.map((n) => n.code)).toContain('data.unit-unrecognized');
  });

  it.each(PROTOTYPE_KEYS)('a range applying to sex, or aged in, %j applies to no sex and no age', (k) => {
    const [range] = readRanges(
      {
        referenceRange: [
          {
            high: { value: 40, unit: 'U/L' },
            appliesTo: [{ coding: [{ code: k }] }],
            age: { low: { value: 18, code: k }, high: { value: 60, unit: k } },
          },
        ],
      },
      'alt',
      { unit: 'U/L' },
      tableConverter,
    );
    expect(range).toBeDefined();
    expect(range?.appliesToSex).toBeUndefined();
    expect(range?.ageLowYears).toBeUndefined();
    expect(range?.ageHighYears).toBeUndefined();
  });

  it.each(PROTOTYPE_KEYS)('a medication lasting 30 %j has no duration', (k) => {
    const mr: MedicationRequest = {
      resourceType: 'MedicationRequest',
      id: 'mr1',
      status: 'active',
      intent: 'order',
      subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: { text: 'riluzole 50 mg tablet' },
      authoredOn: '2026-01-01',
      dosageInstruction: [{ timing: { repeat: { boundsDuration: { value: 30, code: k, unit: k } } } }],
    };
    const item = normalizeResource(mr, ctx)[0];
    expect(item?.type).toBe('medication');
    if (item?.type !== 'medication') return;
    expect(item.record.boundsDurationDays).toBeUndefined();
    expect(item.record.boundsDurationMonths).toBeUndefined();
  });

  it.each(SPELLINGS)('a dose every 1 %j (or timed so) has no daily dose', (k) => {
    expect(dailyDoseMg([{ doseValue: 50, doseUnit: 'mg', frequency: 1, period: 1, periodUnit: k }])).toBeUndefined();
    expect(dailyDoseMg([{ doseValue: 50, doseUnit: 'mg', timingCode: k }])).toBeUndefined();
    expect(dailyDoseMg([{ doseValue: 50, doseUnit: k, timingCode: 'BID' }])).toBeUndefined();
  });

  it.each(PROTOTYPE_KEYS)('the unit %j is shown as written', (k) => {
    expect(unitWords(k)).toBe(k);
    expect(formatUnit(k)).toBe(k);
  });

  it.each(PROTOTYPE_KEYS.filter((k) => k !== '__proto__'))('a clinic setting named %j is refused', (k) => {
    expect(() => parseSettings({ [k]: 1 })).toThrow(/unknown key/);
    expect(() => parseSettings({ defaultLimits: { [k]: 1 } })).toThrow(/known keys/);
  });

  it('a value string still reads its comparator', () => {
    expect(parseValueString('<=5')).toMatchObject({ comparator: '<=', value: 5 });
  });
});
