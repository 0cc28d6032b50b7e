/**
 * New patient: GGT 95 U/L (1.9× ULN 50), everything else normal.
 * Spec §4 `baseline.ggt-elevated`: "GGT > ULN": us info only (eligible), eu caution (warning).
 */
import { alsBackground, bundle, ggt, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-ggt-elevated';

export const baselineGgtElevated: ClinicalCase = {
  id: ID,
  title: 'Baseline GGT 1.9× the upper limit: eligible (US), caution (EU)',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 14);
    return {
      resources: bundle(
        patient(ID, { name: 'Martin Novak', birthDate: '1960-12-30', gender: 'male' }),
        alsBackground(ID, asOf),
        panel(ID, 1, day),
        ggt(ID, 1, day, 95),
      ),
      expected: { eligibility: 'eligible', findings: { 'baseline.ggt-elevated': 'info' } },
      expectedOther: { eligibility: 'caution', findings: { 'baseline.ggt-elevated': 'warning' } },
    };
  },
};
