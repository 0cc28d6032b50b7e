import { describe, it, expect } from 'vitest';
import type { Observation } from '@medplum/fhirtypes';
import { normalizeResource } from '../../../src/fhir/normalize';
import type { CodedObservationRecord } from '../../../src/rules/types';
import { ctx, LOINC } from './fixtures';

const SCT = 'http://snomed.info/sct';

function obs(code: Observation['code'], value: Partial<Observation>): Observation {
  return {
    resourceType: 'Observation',
    id: 'o1',
    status: 'final',
    code,
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: '2026-01-05',
    ...value,
  };
}
function codedOf(o: Observation): CodedObservationRecord {
  const items = normalizeResource(o, ctx);
  const item = items[0];
  if (items.length !== 1 || item?.type !== 'coded') throw new Error('expected one coded item');
  return item.record;
}
const smoking = { coding: [{ system: LOINC, code: '72166-2' }] };
const pregnancy = { coding: [{ system: LOINC, code: '82810-3' }] };
const breastfeeding = { coding: [{ system: SCT, code: '413712001' }] };

describe('smoking status', () => {
  it('reads SNOMED 449868002 as a current smoker', () => {
    expect(
      codedOf(obs(smoking, { valueCodeableConcept: { coding: [{ system: SCT, code: '449868002' }] } })),
    ).toMatchObject({ kind: 'smoking', positive: true, usable: true });
  });
  it('reads LOINC answer LA18976-3 as a current smoker', () => {
    expect(
      codedOf(obs(smoking, { valueCodeableConcept: { coding: [{ system: LOINC, code: 'LA18976-3' }] } })).positive,
    ).toBe(true);
  });
  it('reads a text with "current" and "smok" as a current smoker', () => {
    expect(codedOf(obs(smoking, { valueCodeableConcept: { text: 'Current some day smoker' } })).positive).toBe(true);
  });
  it('reads "Never smoker" and "Former smoker" as not current', () => {
    expect(
      codedOf(
        obs(smoking, {
          valueCodeableConcept: { coding: [{ system: SCT, code: '266919005', display: 'Never smoker' }] },
        }),
      ).positive,
    ).toBe(false);
    expect(codedOf(obs(smoking, { valueCodeableConcept: { text: 'Former smoker' } })).positive).toBe(false);
  });
});

describe('pregnancy status', () => {
  it('reads 77386006 as pregnant and 60001007 as not pregnant', () => {
    expect(
      codedOf(obs(pregnancy, { valueCodeableConcept: { coding: [{ system: SCT, code: '77386006' }] } })).positive,
    ).toBe(true);
    expect(
      codedOf(obs(pregnancy, { valueCodeableConcept: { coding: [{ system: SCT, code: '60001007' }] } })).positive,
    ).toBe(false);
  });
  it('leaves an unknown answer undefined, with a note', () => {
    const r = codedOf(obs(pregnancy, { valueCodeableConcept: { text: 'unsure' } }));
    expect(r.positive).toBeUndefined();
    expect(r.notes.map((n) => n.code)).toContain('data.value-unreadable');
  });
  it('ignores an entered-in-error record', () => {
    const r = codedOf(
      obs(pregnancy, {
        status: 'entered-in-error',
        valueCodeableConcept: { coding: [{ system: SCT, code: '77386006' }] },
      }),
    );
    expect(r.usable).toBe(false);
  });
});

describe('breast-feeding Observation 413712001', () => {
  it('does not count a "no" value', () => {
    expect(
      codedOf(
        obs(breastfeeding, { valueCodeableConcept: { coding: [{ system: SCT, code: '373067005', display: 'No' }] } }),
      ).positive,
    ).toBe(false);
    expect(codedOf(obs(breastfeeding, { valueBoolean: false })).positive).toBe(false);
    expect(codedOf(obs(breastfeeding, { valueString: 'Not breastfeeding' })).positive).toBe(false);
  });
  it('counts a "yes" value, and the finding recorded with no value', () => {
    expect(codedOf(obs(breastfeeding, { valueCodeableConcept: { text: 'Yes' } })).positive).toBe(true);
    expect(codedOf(obs(breastfeeding, {})).positive).toBe(true);
  });
});
