import { describe, it, expect } from 'vitest';
import type { Patient } from '@medplum/fhirtypes';
import { assembleClinicalData, medicationSummaries, normalizeResource } from '../../../src/fhir/normalize';
import { altObservation, ctx, normalize } from './fixtures';

const patient = (id: string): Patient => ({
  resourceType: 'Patient',
  id,
  gender: 'female',
  birthDate: '1960-04-02',
  name: [{ given: ['Ada'], family: 'Lovelace' }],
});

describe('normalizePatientResources', () => {
  it('reads the Patient: id, name, birth date and sex', () => {
    expect(normalize([patient('p1')]).patient).toEqual({
      id: 'p1',
      name: 'Ada Lovelace',
      birthDate: '1960-04-02',
      sex: 'female',
    });
  });
  it('keeps the Patient resource id and notes the records of another patient', () => {
    const data = normalize([
      patient('p1'),
      altObservation(),
      altObservation({ id: 'x', subject: { reference: 'Patient/p2' } }),
    ]);
    expect(data.patient.id).toBe('p1');
    expect(data.labs.map((l) => l.id)).toEqual(['alt-1']);
    expect(data.notes).toEqual([expect.objectContaining({ code: 'data.sibling-patient', id: 'p2' })]);
  });
  it('without a Patient resource, takes the most common subject', () => {
    const data = normalize([
      altObservation({ subject: { reference: 'Patient/p2' } }),
      altObservation({ id: 'a2' }),
      altObservation({ id: 'a3' }),
    ]);
    expect(data.patient).toEqual({ id: 'p1' });
    expect(data.labs).toHaveLength(2);
  });
  it('notes malformed entries and keeps going', () => {
    const data = normalize([null, 42, 'x', { foo: 1 }, altObservation()]);
    expect(data.labs).toHaveLength(1);
    expect(data.notes.map((n) => n.code)).toEqual(Array(4).fill('data.malformed-resource'));
  });
  it('keeps a resource with no id as "(no id)", with a note', () => {
    const data = normalize([altObservation({ id: undefined })]);
    expect(data.labs[0]?.id).toBe('(no id)');
    expect(data.notes.map((n) => n.code)).toEqual(['data.malformed-resource']);
  });
  it('unwraps a Bundle handed over whole, skipping OperationOutcome entries', () => {
    const bundle = {
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [
        { resource: altObservation() },
        { resource: { resourceType: 'OperationOutcome', issue: [] } },
        { search: { mode: 'match' } },
      ],
    };
    expect(normalize([bundle]).labs.map((l) => l.id)).toEqual(['alt-1']);
  });
  it('yields nothing for resource types it does not read', () => {
    expect(normalizeResource({ resourceType: 'Encounter', id: 'e1' }, ctx)).toEqual([]);
    expect(normalizeResource({ resourceType: 'OperationOutcome', issue: [] }, ctx)).toEqual([]);
  });
});

describe('assembleClinicalData (streaming use)', () => {
  it('assembles one patient from items of many, with Medications read from another file', () => {
    const items = [
      ...normalizeResource(altObservation(), ctx),
      ...normalizeResource(altObservation({ id: 'other', subject: { reference: 'Patient/p2' } }), ctx),
      ...normalizeResource(
        {
          resourceType: 'MedicationStatement',
          id: 'ms',
          status: 'active',
          subject: { reference: 'Patient/p1' },
          medicationReference: { reference: 'Medication/m1' },
        },
        ctx,
      ),
    ];
    const meds = medicationSummaries(
      normalizeResource({ resourceType: 'Medication', id: 'm1', code: { text: 'Rilutek 50 mg' } }, ctx),
    );
    const data = assembleClinicalData('p1', items, meds);
    expect(data.labs.map((l) => l.id)).toEqual(['alt-1']);
    expect(data.medications[0]).toMatchObject({
      id: 'ms',
      isRiluzole: true,
      display: 'Rilutek 50 mg',
      unresolved: false,
    });
    expect(data.patient).toEqual({ id: 'p1' });
  });
});
