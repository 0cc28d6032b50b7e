/**
 * New patient whose only liver tests are exactly 91 days old.
 * Spec §4 window "[asOf − baselineDays, asOf]" (default 90); §1 "both ends included". Day −91 is outside: insufficient data.
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-window-day-91';

export const baselineWindowDay91: ClinicalCase = {
  id: ID,
  title: 'Liver tests 91 days old: outside the baseline window',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Stanley Cole', birthDate: '1954-11-03', gender: 'male' }),
        alsBackground(ID, asOf),
        panel(ID, 1, daysBefore(asOf, 91)),
      ),
      expected: { eligibility: 'insufficient-data', findings: { 'baseline.alt-missing': 'warning' } },
    };
  },
};
