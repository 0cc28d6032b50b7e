/**
 * New patient: eGFR 52 thirteen months ago, 78 last month.
 * Spec §4 `condition.renal-impairment`: "an eGFR < 60 in the last 12 months": the low value is older:
 * no finding under either policy.
 */
import { alsBackground, bundle, egfr, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'egfr-low-13-months-ago';

export const egfrLow13MonthsAgo: ClinicalCase = {
  id: ID,
  title: 'eGFR 52 thirteen months ago, normal since: no kidney finding',
  sandbox: false,
  build(asOf) {
    const expected = { eligibility: 'eligible', absent: ['condition.renal-impairment'] } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Ralph Gibbs', birthDate: '1950-06-06', gender: 'male' }),
        alsBackground(ID, asOf),
        egfr(ID, 1, addMonths(asOf, -13), 52),
        egfr(ID, 2, daysBefore(asOf, 30), 78),
        panel(ID, 1, daysBefore(asOf, 30)),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
