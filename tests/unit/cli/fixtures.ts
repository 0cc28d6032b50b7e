/**
 * Named FHIR fixtures for the command-line tests: Ada has ALS, takes riluzole (by reference to a
 * Medication) and has a baseline ALT of 150 U/L (3.75× ULN: caution under `us`, contraindicated
 * under `eu`); Ben has ALS and nothing else.
 */
export const AS_OF = '2026-06-01';

const subject = (id: string): { reference: string } => ({ reference: `Patient/${id}` });

export const AdaPatient = {
  resourceType: 'Patient',
  id: 'ada',
  name: [{ given: ['Ada'], family: 'Lovelace' }],
  gender: 'female',
  birthDate: '1960-12-10',
};
export const BenPatient = {
  resourceType: 'Patient',
  id: 'ben',
  name: [{ text: 'Ben Franklin' }],
  gender: 'male',
  birthDate: '1955-01-17',
};

export const alsCondition = (patient: string): object => ({
  resourceType: 'Condition',
  id: `${patient}-als`,
  subject: subject(patient),
  clinicalStatus: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }] },
  code: {
    coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'G12.21', display: 'Amyotrophic lateral sclerosis' }],
  },
});

export const altObservation = (patient: string, id: string, date: string, value: number): object => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  subject: subject(patient),
  code: { coding: [{ system: 'http://loinc.org', code: '1742-6', display: 'ALT' }] },
  effectiveDateTime: `${date}T08:00:00Z`,
  valueQuantity: { value, unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' },
  referenceRange: [{ high: { value: 40, unit: 'U/L', system: 'http://unitsofmeasure.org', code: 'U/L' } }],
});

export const RiluzoleMedication = {
  resourceType: 'Medication',
  id: 'rilu-50',
  code: {
    coding: [
      { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '199206', display: 'riluzole 50 MG Oral Tablet' },
    ],
  },
};

export const riluzoleRequest = (patient: string, start: string): object => ({
  resourceType: 'MedicationRequest',
  id: `${patient}-rilu`,
  status: 'active',
  intent: 'order',
  subject: subject(patient),
  authoredOn: start,
  medicationReference: { reference: 'Medication/rilu-50' },
  dosageInstruction: [
    {
      timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
      doseAndRate: [{ doseQuantity: { value: 50, unit: 'mg' } }],
    },
  ],
});

/** Ada's record, which the tests wrap in every input form. */
export const adaResources = (): object[] => [
  AdaPatient,
  alsCondition('ada'),
  altObservation('ada', 'ada-alt-1', '2026-05-20', 150),
];

export const benResources = (): object[] => [BenPatient, alsCondition('ben')];

/** A transaction bundle as Synthea writes it after its references were made relative: PUT entries. */
export const transactionBundle = (resources: readonly object[]): object => ({
  resourceType: 'Bundle',
  type: 'transaction',
  entry: resources.map((resource) => {
    const { resourceType, id } = resource as { resourceType: string; id: string };
    return { resource, request: { method: 'PUT', url: `${resourceType}/${id}` } };
  }),
});
