/** Named FHIR fixtures for the data-layer tests (one patient, every way a medication is named). */
import type { Resource } from '@medplum/fhirtypes';

export const PATIENT_ID = 'homer';
const LOINC = 'http://loinc.org';
const LAB = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] };
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';

export const HomerSimpson: Resource = {
  resourceType: 'Patient',
  id: PATIENT_ID,
  name: [{ family: 'Simpson', given: ['Homer'] }],
  birthDate: '1956-05-12',
  gender: 'male',
};

export function alt(n: number, patient = PATIENT_ID): Resource {
  return {
    resourceType: 'Observation',
    id: `alt-${patient}-${n}`,
    status: 'final',
    category: [LAB],
    code: { coding: [{ system: LOINC, code: '1742-6', display: 'ALT' }] },
    subject: { reference: `Patient/${patient}` },
    effectiveDateTime: `2026-${String((n % 12) + 1).padStart(2, '0')}-10`,
    valueQuantity: { value: 20 + n, unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' },
  };
}

const riluzole = { coding: [{ system: RXNORM, code: '199206', display: 'riluzole 50 MG Oral Tablet' }] };

/** Referenced by the included order; the FHIR server returns it through _include. */
export const IncludedMedication: Resource = { resourceType: 'Medication', id: 'med-included', code: riluzole };
/** Referenced by an order; only a read finds it (stand-in for an EHR that ignores _include). */
export const ReadMedication: Resource = {
  resourceType: 'Medication',
  id: 'med-read',
  code: { coding: [{ system: RXNORM, code: '197361', display: 'amlodipine 5 MG Oral Tablet' }] },
};

export const OrderIncluded: Resource = {
  resourceType: 'MedicationRequest',
  id: 'mr-included',
  status: 'active',
  intent: 'order',
  subject: { reference: `Patient/${PATIENT_ID}` },
  medicationReference: { reference: 'Medication/med-included' },
  authoredOn: '2026-06-01',
};

export const OrderContained: Resource = {
  resourceType: 'MedicationRequest',
  id: 'mr-contained',
  status: 'stopped',
  intent: 'order',
  contained: [{ resourceType: 'Medication', id: 'm1', code: { text: 'Fluvoxamine 50 mg tablet' } }],
  subject: { reference: `Patient/${PATIENT_ID}` },
  medicationReference: { reference: '#m1' },
  authoredOn: '2025-01-01',
};

export const OrderToRead: Resource = {
  resourceType: 'MedicationRequest',
  id: 'mr-read',
  status: 'completed',
  intent: 'order',
  subject: { reference: `Patient/${PATIENT_ID}` },
  medicationReference: { reference: 'Medication/med-read' },
  authoredOn: '2024-01-01',
};

export const HomerAls: Resource = {
  resourceType: 'Condition',
  id: 'als',
  clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
  code: {
    coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'G12.21', display: 'Amyotrophic lateral sclerosis' }],
  },
  subject: { reference: `Patient/${PATIENT_ID}` },
  onsetDateTime: '2026-09-01',
};

export const HomerAllergy: Resource = {
  resourceType: 'AllergyIntolerance',
  id: 'peanut',
  code: { text: 'Peanut' },
  patient: { reference: `Patient/${PATIENT_ID}` },
  recordedDate: '2020-02-02',
};

export const HOMER: readonly Resource[] = [
  HomerSimpson,
  ...Array.from({ length: 3 }, (_, i) => alt(i)),
  IncludedMedication,
  ReadMedication,
  OrderIncluded,
  OrderContained,
  OrderToRead,
  HomerAls,
  HomerAllergy,
];

/** `n` Medications ("Drug 0"…) and one active order referencing each by `Medication/<id>`. */
export function referencedOrders(
  n: number,
  idPrefix = 'med',
): { readonly meds: Resource[]; readonly orders: Resource[] } {
  const meds: Resource[] = Array.from({ length: n }, (_, i) => ({
    resourceType: 'Medication',
    id: `${idPrefix}-${i}`,
    code: { text: `Drug ${i}` },
  }));
  const orders: Resource[] = meds.map((m, i) => ({
    resourceType: 'MedicationRequest',
    id: `mr-${i}`,
    status: 'active',
    intent: 'order',
    subject: { reference: `Patient/${PATIENT_ID}` },
    medicationReference: { reference: `Medication/${m.id ?? ''}` },
  }));
  return { meds, orders };
}
