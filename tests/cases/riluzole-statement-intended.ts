/**
 * Riluzole known from a MedicationStatement with status "intended", effectivePeriod from 2 months ago.
 * Spec §1: "Only records with status active, intended (MedicationStatement) or on-hold can cover
 * asOf"; "on-riluzole when an active or intended record covers asOf".
 */
import { alsBackground, bundle, courseLabs, medicationStatement, patient, RILUZOLE_50MG } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'riluzole-statement-intended';

export const riluzoleStatementIntended: ClinicalCase = {
  id: ID,
  title: 'Riluzole in a medication statement marked "intended"',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -2);
    return {
      resources: bundle(
        patient(ID, { name: 'Douglas Irwin', birthDate: '1951-07-31', gender: 'male' }),
        alsBackground(ID, asOf),
        medicationStatement(
          ID,
          1,
          { kind: 'concept', rxnorm: RILUZOLE_50MG.code, display: RILUZOLE_50MG.display },
          { status: 'intended', effectiveStart: start },
        ),
        courseLabs(ID, start, [1]),
      ),
      expected: { treatment: 'on-riluzole', courseStart: start },
    };
  },
};
