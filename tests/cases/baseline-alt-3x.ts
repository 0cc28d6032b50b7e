/**
 * Baseline ALT 160 U/L against the lab's ULN of 40 (4.0×), AST normal.
 * Spec §4 `baseline.transaminase-above-3x`: "ALT or AST > 3× and ≤ 5× ULN": us caution, eu
 * contraindicated (EU 4.3); severity: contraindicated → critical, caution → warning.
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-alt-3x';

export const baselineAlt3x: ClinicalCase = {
  id: ID,
  title: 'Baseline ALT 4× the upper limit: caution (US), contraindicated (EU)',
  sandbox: true,
  build(asOf) {
    const resources = bundle(
      patient(ID, { name: 'Daniel Okafor', birthDate: '1971-06-21', gender: 'male' }),
      alsBackground(ID, asOf, { alsOnsetDaysAgo: 60, weightKg: 88.0, fvcPct: 81 }),
      panel(ID, 1, daysBefore(asOf, 7), { alt: 160, ast: 35 }),
    );
    const labs = [{ analyte: 'alt', id: `${ID}-alt-1`, value: 160, multipleOfUln: 4, ulnSource: 'report' as const }];
    return {
      resources,
      expected: {
        treatment: 'never',
        eligibility: 'caution',
        findings: { 'baseline.transaminase-above-3x': 'warning' },
        absent: ['baseline.transaminase-above-uln', 'baseline.transaminase-above-5x'],
        labs,
      },
      expectedOther: {
        eligibility: 'contraindicated',
        findings: { 'baseline.transaminase-above-3x': 'critical' },
        absent: ['baseline.transaminase-above-5x'],
      },
    };
  },
};
