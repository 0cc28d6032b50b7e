/**
 * A 31-year-old: pregnant 250 days ago, "not pregnant" 100 days ago, breast-feeding "yes" 30 days ago.
 * Spec §4 `condition.pregnancy` "not followed by 60001007" → absent; `condition.breastfeeding`
 * "recorded in the last 365 days": us caution (warning), eu contraindicated (critical).
 */
import { alsBackground, breastfeedingObservation, bundle, panel, patient, pregnancyStatus } from './builders';
import type { ClinicalCase } from './case';
import { birthDateForAge, daysBefore } from './dates';

const ID = 'breastfeeding-after-pregnancy';

export const breastfeedingAfterPregnancy: ClinicalCase = {
  id: ID,
  title: 'Breast-feeding mother, delivered 3 months ago: caution (US), contraindicated (EU)',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Sofia Marin', birthDate: birthDateForAge(asOf, 31, 60), gender: 'female' }),
        alsBackground(ID, asOf),
        pregnancyStatus(ID, 1, daysBefore(asOf, 250), true),
        pregnancyStatus(ID, 2, daysBefore(asOf, 100), false),
        breastfeedingObservation(ID, 1, daysBefore(asOf, 30), true),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'condition.breastfeeding': 'warning' },
        absent: ['condition.pregnancy'],
      },
      expectedOther: {
        eligibility: 'contraindicated',
        findings: { 'condition.breastfeeding': 'critical' },
        absent: ['condition.pregnancy'],
      },
    };
  },
};
