/**
 * Issue 8.4: only records whose subject (or patient) is a Patient join that patient. A record about
 * a Group, Device or Location is noted (`data.foreign-subject`) and not used, in the app's
 * single-patient path and in the command line's grouping alike.
 */
import { describe, it, expect } from 'vitest';
import type { Observation, Patient } from '@medplum/fhirtypes';
import { Collector } from '../../../src/cli/collector';
import type { FhirObject } from '../../../src/cli/sourced-resource';
import { normalizeResource } from '../../../src/fhir/normalize';
import { tableConverter } from '../../../src/fhir/units';
import { altObservation, ctx, normalize } from './fixtures';

const p1: Patient = { resourceType: 'Patient', id: 'p1', gender: 'male', birthDate: '1960-01-01' };
type Subject = NonNullable<Observation['subject']>;
const FOREIGN: readonly Subject[] = [
  { reference: 'Group/g1' },
  { reference: 'Device/d1' },
  { reference: 'Location/l1' },
  { reference: 'https://ehr.example/fhir/Group/g1' },
  { reference: 'urn:uuid:4b1c5d2e-0000-4000-8000-000000000001', type: 'Group' as const },
  { reference: 'Patient' },
  { reference: 'not a reference' },
];

const riluzoleRequest = (subject: object | undefined, key: 'subject' | 'patient' = 'subject') => ({
  resourceType: 'MedicationRequest',
  id: 'mr1',
  status: 'active',
  intent: 'order',
  ...(subject ? { [key]: subject } : {}),
  medicationCodeableConcept: { text: 'riluzole 50 mg tablet' },
  authoredOn: '2026-01-01',
});

describe('records about another subject (issue 8.4)', () => {
  it.each(FOREIGN)('an ALT about %j is not the patient’s ALT, and is noted', (subject) => {
    const data = normalize([p1, altObservation({ id: 'alt-foreign', subject })]);
    expect(data.labs).toEqual([]);
    expect(data.notes).toContainEqual(
      expect.objectContaining({ code: 'data.foreign-subject', resourceType: 'Observation', id: 'alt-foreign' }),
    );
  });

  it.each(FOREIGN)('a riluzole order, condition or allergy about %j is not used', (subject) => {
    const data = normalize([
      p1,
      riluzoleRequest(subject),
      { resourceType: 'Condition', id: 'c1', subject, code: { text: 'amyotrophic lateral sclerosis' } },
      { resourceType: 'AllergyIntolerance', id: 'a1', patient: subject, code: { text: 'riluzole' } },
    ]);
    expect(data.medications).toEqual([]);
    expect(data.conditions).toEqual([]);
    expect(data.allergies).toEqual([]);
    expect(data.notes.filter((n) => n.code === 'data.foreign-subject').map((n) => n.id)).toEqual(['mr1', 'c1', 'a1']);
  });

  it('keeps records about the Patient, in any reference form', () => {
    for (const reference of ['Patient/p1', 'https://ehr.example/fhir/Patient/p1', 'Patient/p1/_history/2']) {
      expect(normalize([p1, altObservation({ subject: { reference } })]).labs).toHaveLength(1);
    }
    expect(
      normalize([p1, altObservation({ subject: { reference: 'Patient/p1', type: 'Patient' } })]).labs,
    ).toHaveLength(1);
  });

  it('another Patient is still a sibling patient, not a foreign subject', () => {
    const data = normalize([p1, altObservation({ id: 'x', subject: { reference: 'Patient/p2' } })]);
    expect(data.labs).toEqual([]);
    expect(data.notes.map((n) => n.code)).toEqual(['data.sibling-patient']);
  });

  it('a record with no subject at all joins the patient the search was made for (app path)', () => {
    expect(normalize([p1, altObservation({ subject: undefined })]).labs).toHaveLength(1);
  });

  it('the normaliser gives a foreign record no patient and no data, only the note', () => {
    const items = normalizeResource(altObservation({ subject: { reference: 'Group/g1' } }), ctx);
    expect(items).toEqual([
      {
        type: 'note',
        note: expect.objectContaining({ code: 'data.foreign-subject', resourceType: 'Observation', id: 'alt-1' }),
      },
    ]);
  });

  it('the command line does not give a Group’s ALT to the file’s patient', async () => {
    const collector = new Collector(tableConverter);
    const file = 'Observation.ndjson';
    for (const resource of [p1, altObservation({ id: 'a1' }), altObservation({ id: 'g', subject: FOREIGN[0] })]) {
      collector.add({ resource: resource as unknown as FhirObject, source: file, file });
    }
    expect(collector.finish()).toEqual([]);
    const groups: [string, string[]][] = [];
    await collector.groups.emitInOrder(
      (id, items) =>
        JSON.stringify([
          id,
          items.map((i) =>
            'record' in i ? `${i.type}:${i.record.id}` : i.type === 'note' ? `note:${i.note.code}` : i.type,
          ),
        ]),
      async (line) => {
        groups.push(JSON.parse(line) as [string, string[]]);
      },
    );
    expect(groups).toEqual([['p1', ['patient:p1', 'lab:a1', 'note:data.foreign-subject']]]);
  });
});
