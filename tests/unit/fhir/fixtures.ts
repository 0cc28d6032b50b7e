/** Small builders for hand-made FHIR resources used by the normaliser tests. */
import type { Observation } from '@medplum/fhirtypes';
import type { ClinicalData, LabRecord } from '../../../src/rules/types';
import { normalizePatientResources, normalizeResource } from '../../../src/fhir/normalize';
import { tableConverter } from '../../../src/fhir/units';

export const ctx = { units: tableConverter };
export const LOINC = 'http://loinc.org';
export const UCUM = 'http://unitsofmeasure.org';

/** An ALT Observation (LOINC 1742-6) of 30 U/L on 2026-03-02 for Patient/p1; override anything. */
export function altObservation(over: Partial<Observation> = {}): Observation {
  return {
    resourceType: 'Observation',
    id: 'alt-1',
    status: 'final',
    code: {
      coding: [
        {
          system: LOINC,
          code: '1742-6',
          display: 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma',
        },
      ],
    },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: '2026-03-02T09:30:00+01:00',
    valueQuantity: { value: 30, unit: 'U/L', system: UCUM, code: 'U/L' },
    ...over,
  };
}

/** An Observation of `loinc` with the given value and unit. */
export function labObservation(
  id: string,
  loinc: string,
  value: number,
  unit: string,
  over: Partial<Observation> = {},
): Observation {
  return altObservation({
    id,
    code: { coding: [{ system: LOINC, code: loinc }] },
    valueQuantity: { value, unit, system: UCUM, code: unit },
    ...over,
  });
}

/** The lab records of one resource. */
export function labsOf(resource: unknown): LabRecord[] {
  return normalizeResource(resource, ctx).flatMap((i) => (i.type === 'lab' ? [i.record] : []));
}

/** The single lab record of one resource (throws in the test when there is not exactly one). */
export function labOf(resource: unknown): LabRecord {
  const labs = labsOf(resource);
  if (labs.length !== 1 || !labs[0]) throw new Error(`expected one lab record, got ${labs.length}`);
  return labs[0];
}

/** The note codes of a record. */
export const noteCodes = (r: { readonly notes: readonly { readonly code: string }[] }): string[] =>
  r.notes.map((n) => n.code);

/** Normalises a flat list of one patient's resources with the table converter. */
export const normalize = (resources: readonly unknown[]): ClinicalData => normalizePatientResources(resources, ctx);
