/**
 * New ALS patient whose only liver tests are 200 days old.
 * Spec §1: "No ALT means 'insufficient data' ... never 'eligible'"; §4 `baseline.alt-missing`
 * (insufficient-data) and `baseline.bilirubin-missing` (info only), window [asOf − 90, asOf].
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'no-baseline-labs';

export const noBaselineLabs: ClinicalCase = {
  id: ID,
  title: 'New ALS diagnosis, no liver tests in the last 90 days',
  sandbox: true,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Robert Kowalski', birthDate: '1958-11-02', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 30, weightKg: 81.5, fvcPct: 74 }),
        panel(ID, 1, daysBefore(asOf, 200)),
      ),
      expected: {
        treatment: 'never',
        eligibility: 'insufficient-data',
        monitoring: 'not-applicable',
        findings: { 'baseline.alt-missing': 'warning', 'baseline.bilirubin-missing': 'info' },
      },
    };
  },
};
