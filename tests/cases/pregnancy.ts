/**
 * A 34-year-old woman with ALS, pregnancy status "Pregnant" 30 days ago; normal labs.
 * Spec §4 `condition.pregnancy`: "pregnancy Observation 77386006 in the last 280 days not followed by
 * 60001007": us caution (warning), eu contraindicated (critical).
 */
import { alsBackground, bundle, panel, patient, pregnancyStatus } from './builders';
import type { ClinicalCase } from './case';
import { birthDateForAge, daysBefore } from './dates';

const ID = 'pregnancy';

export const pregnancy: ClinicalCase = {
  id: ID,
  title: 'Pregnant woman with new ALS: caution (US), contraindicated (EU)',
  sandbox: true,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Camila Reyes', birthDate: birthDateForAge(asOf, 34, 100), gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 60, weightKg: 63.4, fvcPct: 85 }),
        pregnancyStatus(ID, 1, daysBefore(asOf, 30), true),
        panel(ID, 1, daysBefore(asOf, 8)),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'condition.pregnancy': 'warning' },
      },
      expectedOther: {
        eligibility: 'contraindicated',
        findings: { 'condition.pregnancy': 'critical' },
      },
    };
  },
};
