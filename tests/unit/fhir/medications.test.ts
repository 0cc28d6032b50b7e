import { describe, it, expect } from 'vitest';
import type { Medication, MedicationRequest, MedicationStatement } from '@medplum/fhirtypes';
import { normalizeResource } from '../../../src/fhir/normalize';
import type { MedicationRecord } from '../../../src/rules/types';
import { ctx, normalize } from './fixtures';

const RX = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const tablet = { coding: [{ system: RX, code: '199206', display: 'riluzole 50 MG Oral Tablet' }] };

function request(over: Partial<MedicationRequest> = {}): MedicationRequest {
  return {
    resourceType: 'MedicationRequest',
    id: 'mr1',
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/p1' },
    medicationCodeableConcept: tablet,
    ...over,
  };
}
function recordOf(r: MedicationRequest | MedicationStatement): MedicationRecord {
  const item = normalizeResource(r, ctx)[0];
  if (item?.type !== 'medication') throw new Error('expected a medication');
  return item.record;
}

describe('riluzole identification', () => {
  it('recognises RxNorm 199206 and shows "Riluzole 50 MG Oral Tablet"', () => {
    expect(recordOf(request({ authoredOn: '2026-01-10' }))).toMatchObject({
      isRiluzole: true,
      display: 'Riluzole 50 MG Oral Tablet',
      start: '2026-01-10',
      intent: 'order',
    });
  });
  it('names a code-only riluzole product by its RxNorm name', () => {
    expect(recordOf(request({ medicationCodeableConcept: { coding: [{ system: RX, code: '199206' }] } })).display).toBe(
      'Riluzole 50 MG Oral Tablet',
    );
  });
  it.each(['Tiglutik 5 mg/mL', 'EXSERVAN oral film', 'Rilutek', 'riluzole'])('recognises "%s" by name', (text) => {
    expect(recordOf(request({ medicationCodeableConcept: { text } })).isRiluzole).toBe(true);
  });
  it('does not match names inside other words', () => {
    expect(recordOf(request({ medicationCodeableConcept: { text: 'Xriluzoleine' } })).isRiluzole).toBe(false);
  });
  it('resolves a contained Medication at once, ingredients included', () => {
    const contained: Medication = {
      resourceType: 'Medication',
      id: 'm',
      code: { text: 'Study drug A' },
      ingredient: [{ itemCodeableConcept: { text: 'Riluzole' } }],
    };
    const r = recordOf(
      request({
        medicationCodeableConcept: undefined,
        medicationReference: { reference: '#m' },
        contained: [contained],
      }),
    );
    expect(r).toMatchObject({ isRiluzole: true, unresolved: false, display: 'Study drug A' });
    expect(r.names).toEqual(['study drug a', 'riluzole']);
  });
  it('resolves Medication/id and absolute references against Medication resources', () => {
    const med: Medication = {
      resourceType: 'Medication',
      id: 'med-7',
      code: { coding: [{ system: RX, code: '2058147', display: 'riluzole 5 MG/ML Oral Suspension' }] },
    };
    for (const reference of ['Medication/med-7', 'https://ehr.example/fhir/Medication/med-7']) {
      const data = normalize([
        request({ medicationCodeableConcept: undefined, medicationReference: { reference } }),
        med,
      ]);
      expect(data.medications[0]).toMatchObject({
        isRiluzole: true,
        unresolved: false,
        display: 'Riluzole 5 MG/ML Oral Suspension',
        notes: [],
      });
    }
  });
  it('marks a reference that cannot be resolved with data.medication-unresolved', () => {
    const data = normalize([
      request({ medicationCodeableConcept: undefined, medicationReference: { reference: 'Medication/missing' } }),
    ]);
    expect(data.medications[0]).toMatchObject({ unresolved: true });
    expect(data.medications[0]?.notes.map((n) => n.code)).toEqual(['data.medication-unresolved']);
  });
  it('keeps a reference display as the name when the reference cannot be resolved', () => {
    const data = normalize([
      request({
        medicationCodeableConcept: undefined,
        medicationReference: { reference: 'Medication/missing', display: 'Riluzole 50 mg' },
      }),
    ]);
    expect(data.medications[0]).toMatchObject({ unresolved: false, isRiluzole: true });
    expect(data.medications[0]?.notes.map((n) => n.code)).toEqual(['data.medication-unresolved']);
  });
  it('marks a request with no medication at all as unresolved', () => {
    const r = recordOf(request({ medicationCodeableConcept: undefined }));
    expect(r.unresolved).toBe(true);
    expect(r.notes.map((n) => n.code)).toEqual(['data.medication-unresolved']);
  });
});

describe('start and end', () => {
  it('prefers boundsPeriod over authoredOn, and reads its end', () => {
    const r = recordOf(
      request({
        authoredOn: '2026-01-01',
        dosageInstruction: [{ timing: { repeat: { boundsPeriod: { start: '2026-01-15', end: '2026-07-15' } } } }],
      }),
    );
    expect(r).toMatchObject({ start: '2026-01-15', end: '2026-07-15' });
  });
  it('reads boundsDuration in days and dispenseRequest.validityPeriod.end', () => {
    const r = recordOf(
      request({
        authoredOn: '2026-01-01',
        dosageInstruction: [
          {
            timing: {
              repeat: { boundsDuration: { value: 4, unit: 'weeks', system: 'http://unitsofmeasure.org', code: 'wk' } },
            },
          },
        ],
        dispenseRequest: { validityPeriod: { start: '2026-01-01', end: '2026-03-31' } },
      }),
    );
    expect(r).toMatchObject({ boundsDurationDays: 28, validityEnd: '2026-03-31' });
    expect(r.end).toBeUndefined();
  });
  it('reads a MedicationStatement effectivePeriod, else effectiveDateTime, and never dateAsserted', () => {
    const base: MedicationStatement = {
      resourceType: 'MedicationStatement',
      id: 'ms1',
      status: 'active',
      subject: { reference: 'Patient/p1' },
      medicationCodeableConcept: tablet,
    };
    expect(recordOf({ ...base, effectivePeriod: { start: '2025-05-01', end: '2025-09-01' } })).toMatchObject({
      start: '2025-05-01',
      end: '2025-09-01',
      resourceType: 'MedicationStatement',
    });
    expect(recordOf({ ...base, effectiveDateTime: '2025-06-01T08:00:00Z' }).start).toBe('2025-06-01');
    expect(recordOf({ ...base, dateAsserted: '2025-06-03' }).start).toBeUndefined();
  });
});

describe('dosage', () => {
  it('reads dose, frequency and period as numbers', () => {
    const r = recordOf(
      request({
        dosageInstruction: [
          {
            text: '50 mg twice a day',
            doseAndRate: [{ doseQuantity: { value: 50, unit: 'mg' } }],
            timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
          },
        ],
      }),
    );
    expect(r.dosage).toEqual([
      { text: '50 mg twice a day', doseValue: 50, doseUnit: 'mg', frequency: 2, period: 1, periodUnit: 'd' },
    ]);
  });
  it('reads timing.code BID from a coding or its text', () => {
    const r = recordOf(
      request({
        dosageInstruction: [
          {
            doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablet' } }],
            timing: { code: { coding: [{ code: 'BID' }] } },
          },
          { timing: { code: { text: 'TID' } } },
        ],
      }),
    );
    expect(r.dosage).toEqual([{ doseValue: 1, doseUnit: 'tablet', timingCode: 'BID' }, { timingCode: 'TID' }]);
  });
  it('keeps every timing.code coding and the coded dose unit beside the written one', () => {
    const r = recordOf(
      request({
        dosageInstruction: [
          {
            doseAndRate: [
              { doseQuantity: { value: 50, unit: 'milligram', system: 'http://unitsofmeasure.org', code: 'mg' } },
            ],
            timing: {
              code: {
                coding: [
                  { system: 'http://snomed.info/sct', code: '229799001' },
                  { system: 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation', code: 'BID' },
                ],
              },
            },
          },
        ],
      }),
    );
    expect(r.dosage).toEqual([
      {
        doseValue: 50,
        doseUnit: 'milligram',
        doseUnitCode: 'mg',
        timingCode: '229799001',
        timingCodes: ['229799001', 'BID'],
      },
    ]);
  });
});
