/**
 * Baseline ALT 252 U/L (6.3× ULN 40), AST 180 U/L (4.5×).
 * Spec §4 `baseline.transaminase-above-5x`: "ALT or AST > 5× ULN": us not-recommended (warning),
 * eu contraindicated (critical); "a rule that names both fires on the higher multiple".
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-alt-5x';

export const baselineAlt5x: ClinicalCase = {
  id: ID,
  title: 'Baseline ALT 6× the upper limit: not recommended (US), contraindicated (EU)',
  sandbox: true,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Helen Baptiste', birthDate: '1967-09-30', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 90, weightKg: 59.8, fvcPct: 70 }),
        panel(ID, 1, daysBefore(asOf, 4), { alt: 252, ast: 180 }),
      ),
      expected: {
        treatment: 'never',
        eligibility: 'not-recommended',
        findings: { 'baseline.transaminase-above-5x': 'warning' },
        absent: ['baseline.transaminase-above-3x', 'baseline.transaminase-above-uln'],
        labs: [{ analyte: 'alt', id: `${ID}-alt-1`, value: 252, multipleOfUln: 6.3, grade: 3 }],
      },
      expectedOther: {
        eligibility: 'contraindicated',
        findings: { 'baseline.transaminase-above-5x': 'critical' },
      },
    };
  },
};
