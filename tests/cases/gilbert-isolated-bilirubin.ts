/**
 * A 28-year-old man with total bilirubin 2.1 mg/dL, direct 0.2 mg/dL (≤ ULN 0.3), ALT/AST normal:
 * the pattern of Gilbert's syndrome.
 * Spec §4 `baseline.bilirubin-isolated`: "instead of the row above, when direct bilirubin is ≤ its ULN
 * and ALT and AST are ≤ ULN": info only under both policies, so still eligible.
 */
import { alsBackground, bundle, directBili, patient, panel } from './builders';
import type { ClinicalCase } from './case';
import { birthDateForAge, daysBefore } from './dates';

const ID = 'gilbert-isolated-bilirubin';

export const gilbertIsolatedBilirubin: ClinicalCase = {
  id: ID,
  title: "Isolated unconjugated bilirubin 2.1 mg/dL (Gilbert's pattern): eligible",
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 9);
    const expected = {
      eligibility: 'eligible',
      findings: { 'baseline.bilirubin-isolated': 'info' },
      absent: ['baseline.bilirubin-elevated'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Lukas Becker', birthDate: birthDateForAge(asOf, 28, 30), gender: 'male' }),
        alsBackground(ID, asOf),
        panel(ID, 1, day, { bili: 2.1 }),
        directBili(ID, 1, day, 0.2),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
