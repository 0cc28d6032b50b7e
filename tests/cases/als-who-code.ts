/**
 * ALS recorded with the WHO ICD-10 code G12.2 (system http://hl7.org/fhir/sid/icd-10); normal labs.
 * Spec §2 ALS: "WHO ICD-10 (`http://hl7.org/fhir/sid/icd-10`) G12.2 ... (older records)" counts.
 */
import { alsBackground, bundle, condition, DX, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'als-who-code';

export const alsWhoCode: ClinicalCase = {
  id: ID,
  title: 'ALS recorded with an older WHO ICD-10 code (G12.2): eligible',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Henrik Olsen', birthDate: '1961-10-01', gender: 'male' }),
        alsBackground(ID, asOf, { noAls: true }),
        condition(ID, 'als', DX.alsWho, { onset: daysBefore(asOf, 700) }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: { eligibility: 'eligible', absent: ['indication.als-not-documented'] },
    };
  },
};
