/**
 * New patient whose only liver tests are exactly 90 days old.
 * Spec §4 window "[asOf − baselineDays, asOf]" (default 90); §1 "both ends included". Day −90 is inside: eligible.
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-window-day-90';

export const baselineWindowDay90: ClinicalCase = {
  id: ID,
  title: 'Liver tests exactly 90 days old: still in the baseline window',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Victoria Lane', birthDate: '1966-05-25', gender: 'female' }),
        alsBackground(ID, asOf),
        panel(ID, 1, daysBefore(asOf, 90)),
      ),
      expected: { eligibility: 'eligible', absent: ['baseline.alt-missing'] },
    };
  },
};
