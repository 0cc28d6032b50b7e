/**
 * Riluzole known only from a patient-reported MedicationStatement: effectivePeriod.start 4 months ago,
 * recorded (dateAsserted) 40 days later.
 * Spec §1: start "else effectivePeriod.start ... (a MedicationStatement). dateAsserted is when the
 * statement was recorded, not a start."
 */
import {
  alsBackground,
  bundle,
  courseLabs,
  DOSE_50_BID,
  medicationStatement,
  patient,
  RILUZOLE_50MG,
} from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths } from './dates';

const ID = 'riluzole-medication-statement';

export const riluzoleMedicationStatement: ClinicalCase = {
  id: ID,
  title: 'On riluzole per a medication statement (start recorded 40 days later)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Vernon Hayes', birthDate: '1950-10-10', gender: 'male' }),
        alsBackground(ID, asOf),
        medicationStatement(
          ID,
          1,
          { kind: 'concept', rxnorm: RILUZOLE_50MG.code, display: RILUZOLE_50MG.display },
          { effectiveStart: start, dateAsserted: addDays(start, 40), dose: DOSE_50_BID },
        ),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        monitoring: 'up-to-date',
        nextDue: addMonths(start, 6),
      },
    };
  },
};
