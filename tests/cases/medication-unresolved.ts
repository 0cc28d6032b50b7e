/**
 * On riluzole (coded), plus a second active MedicationRequest whose medicationReference points to a
 * Medication that is not in the record and has no display.
 * Spec §1.1 "A record that cannot be identified (a medication with no code and no name) is counted and
 * shown (data.medication-unresolved)"; §2 "a reference that cannot be resolved gets
 * data.medication-unresolved".
 */
import { alsBackground, bundle, courseLabs, medicationRequest, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'medication-unresolved';
const MISSING = `Medication/${ID}-med-missing`;

export const medicationUnresolved: ClinicalCase = {
  id: ID,
  title: 'On riluzole, plus a medication order that cannot be identified',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Lillian Ford', birthDate: '1963-09-22', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        medicationRequest(ID, 2, { kind: 'reference', reference: MISSING }, { start: daysBefore(asOf, 30) }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: { treatment: 'on-riluzole', dataNotes: ['data.medication-unresolved'] },
      unresolvedReferences: [MISSING],
    };
  },
};
