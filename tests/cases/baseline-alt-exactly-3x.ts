/**
 * New patient, baseline ALT 120 U/L against the lab's ULN of 40: exactly 3× ULN.
 * Spec §4 rows are bounded "> 1× and ≤ 3×", "> 3× and ≤ 5×", "> 5×"; §1 multiples are compared
 * "after rounding to 6 decimals". Exactly 3× is `baseline.transaminase-above-uln` (caution), not above-3x.
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-alt-exactly-3x';

export const baselineAltExactly3x: ClinicalCase = {
  id: ID,
  title: 'Baseline ALT exactly 3× the upper limit: caution',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Roger Bell', birthDate: '1957-03-05', gender: 'male' }),
        alsBackground(ID, asOf),
        panel(ID, 1, daysBefore(asOf, 10), { alt: 120, ast: 30 }),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'baseline.transaminase-above-uln': 'warning' },
        absent: ['baseline.transaminase-above-3x'],
        labs: [{ analyte: 'alt', id: `${ID}-alt-1`, multipleOfUln: 3 }],
      },
      expectedOther: { eligibility: 'caution' },
    };
  },
};
