/**
 * Cerner style: the MedicationRequest names riluzole through a contained Medication ("#med1") whose
 * code has only the text "riluzole 50 mg tablet".
 * Spec §2 "medicationReference (contained #id ...)"; riluzole "by ... code.text ... naming 'riluzole'".
 */
import { alsBackground, bundle, courseLabs, medication, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'riluzole-contained-medication';

export const riluzoleContainedMedication: ClinicalCase = {
  id: ID,
  title: 'On riluzole, drug named in a contained Medication (Cerner style)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const med = medication(ID, 1, { id: 'med1', text: 'riluzole 50 mg tablet' });
    return {
      resources: bundle(
        patient(ID, { name: 'Dorothy Evans', birthDate: '1955-05-15', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }, { kind: 'contained', medication: med }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: { treatment: 'on-riluzole', courseStart: start, dailyDoseMg: 100, monitoring: 'up-to-date' },
    };
  },
};
