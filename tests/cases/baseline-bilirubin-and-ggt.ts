/**
 * New patient: total bilirubin 1.8 mg/dL (direct 0.7) and GGT 140 U/L (2.8× ULN 50), ALT/AST normal.
 * Spec §4 `baseline.bilirubin-elevated`: eu "not-recommended when ALT, AST or GGT is also > ULN";
 * `baseline.ggt-elevated`: us info only, eu caution.
 */
import { alsBackground, bundle, directBili, ggt, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'baseline-bilirubin-and-ggt';

export const baselineBilirubinAndGgt: ClinicalCase = {
  id: ID,
  title: 'Baseline bilirubin 1.8 mg/dL with GGT 2.8× the upper limit',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 12);
    return {
      resources: bundle(
        patient(ID, { name: 'Harold Jensen', birthDate: '1952-07-07', gender: 'male' }),
        alsBackground(ID, asOf),
        panel(ID, 1, day, { bili: 1.8 }),
        directBili(ID, 1, day, 0.7),
        ggt(ID, 1, day, 140),
      ),
      expected: {
        eligibility: 'not-recommended',
        findings: { 'baseline.bilirubin-elevated': 'warning', 'baseline.ggt-elevated': 'info' },
      },
      expectedOther: {
        eligibility: 'not-recommended',
        findings: { 'baseline.bilirubin-elevated': 'warning', 'baseline.ggt-elevated': 'warning' },
      },
    };
  },
};
