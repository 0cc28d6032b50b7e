/**
 * New patient, baseline ALT 200 U/L against the lab's ULN of 40: exactly 5× ULN.
 * Spec §4 rows are bounded "> 1× and ≤ 3×", "> 3× and ≤ 5×", "> 5×"; §1 multiples are compared
 * "after rounding to 6 decimals". Exactly 5× is `baseline.transaminase-above-3x` (us caution, eu contraindicated), not above-5x.
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-alt-exactly-5x';

export const baselineAltExactly5x: ClinicalCase = {
  id: ID,
  title: 'Baseline ALT exactly 5× the upper limit: caution (US), contraindicated (EU)',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Laura Stein', birthDate: '1963-08-12', gender: 'female' }),
        alsBackground(ID, asOf),
        panel(ID, 1, daysBefore(asOf, 10), { alt: 200, ast: 30 }),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'baseline.transaminase-above-3x': 'warning' },
        absent: ['baseline.transaminase-above-5x'],
        labs: [{ analyte: 'alt', id: `${ID}-alt-1`, multipleOfUln: 5 }],
      },
      expectedOther: { eligibility: 'contraindicated' },
    };
  },
};
