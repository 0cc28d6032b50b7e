/**
 * New patient, baseline ALT 40 U/L against the lab's ULN of 40: exactly 1× ULN.
 * Spec §4 rows are bounded "> 1× and ≤ 3×", "> 3× and ≤ 5×", "> 5×"; §1 multiples are compared
 * "after rounding to 6 decimals". Exactly 1× is within the ULN: eligible.
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-alt-exactly-uln';

export const baselineAltExactlyUln: ClinicalCase = {
  id: ID,
  title: 'Baseline ALT exactly at the upper limit (1.0×): eligible',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Nora Quinn', birthDate: '1968-01-19', gender: 'female' }),
        alsBackground(ID, asOf),
        panel(ID, 1, daysBefore(asOf, 10), { alt: 40, ast: 30 }),
      ),
      expected: {
        eligibility: 'eligible',
        absent: ['baseline.transaminase-above-uln'],
        labs: [{ analyte: 'alt', id: `${ID}-alt-1`, multipleOfUln: 1 }],
      },
      expectedOther: { eligibility: 'eligible' },
    };
  },
};
