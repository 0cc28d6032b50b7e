/**
 * Pregnancy recorded as a Condition (Z34.90, onset 60 days ago); breast-feeding Observation "No".
 * Spec §4 `condition.pregnancy`: "a pregnancy Condition with onset or recorded date in the last 280
 * days": us caution, eu contraindicated; §2 breast-feeding "a 'no' value does not count".
 */
import { alsBackground, breastfeedingObservation, bundle, condition, DX, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { birthDateForAge, daysBefore } from './dates';

const ID = 'pregnancy-condition';

export const pregnancyCondition: ClinicalCase = {
  id: ID,
  title: 'Pregnancy on the problem list, not breast-feeding',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Lucia Ferrari', birthDate: birthDateForAge(asOf, 29, 10), gender: 'female' }),
        alsBackground(ID, asOf),
        condition(ID, 'pregnancy', DX.pregnancySupervision, {
          onset: daysBefore(asOf, 60),
          recorded: daysBefore(asOf, 55),
        }),
        breastfeedingObservation(ID, 1, daysBefore(asOf, 20), false),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'condition.pregnancy': 'warning' },
        absent: ['condition.breastfeeding'],
      },
      expectedOther: {
        eligibility: 'contraindicated',
        findings: { 'condition.pregnancy': 'critical' },
        absent: ['condition.breastfeeding'],
      },
    };
  },
};
