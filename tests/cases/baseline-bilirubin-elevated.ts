/**
 * New patient: total bilirubin 2.0 mg/dL (1.67× ULN 1.2), direct 0.9 mg/dL (> ULN 0.3), ALT, AST and
 * GGT normal.
 * Spec §4 `baseline.bilirubin-elevated`: us not-recommended; eu "caution when it is the only raised
 * liver test". Not `bilirubin-isolated`: direct bilirubin is above its ULN.
 */
import { alsBackground, bundle, directBili, ggt, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-bilirubin-elevated';

export const baselineBilirubinElevated: ClinicalCase = {
  id: ID,
  title: 'Baseline bilirubin 2.0 mg/dL (conjugated), other liver tests normal',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 10);
    return {
      resources: bundle(
        patient(ID, { name: 'Edward Clarke', birthDate: '1956-02-14', gender: 'male' }),
        alsBackground(ID, asOf),
        panel(ID, 1, day, { bili: 2.0 }),
        directBili(ID, 1, day, 0.9),
        ggt(ID, 1, day, 35),
      ),
      expected: {
        eligibility: 'not-recommended',
        findings: { 'baseline.bilirubin-elevated': 'warning' },
        absent: ['baseline.bilirubin-isolated'],
      },
      expectedOther: {
        eligibility: 'caution',
        findings: { 'baseline.bilirubin-elevated': 'warning' },
        absent: ['baseline.bilirubin-isolated', 'baseline.ggt-elevated'],
      },
    };
  },
};
