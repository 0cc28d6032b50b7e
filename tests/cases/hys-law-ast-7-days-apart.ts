/**
 * On riluzole 4 months; AST 130 U/L (3.25×) with ALT normal 10 days ago; total bilirubin 2.7 mg/dL
 * (2.25×) 3 days ago: exactly 7 days apart.
 * Spec §5 `liver.hys-law`: "ALT or AST ≥ 3× ULN and total bilirubin > 2× ULN within 7 days of each
 * other ... critical when the pair includes the latest ALT/AST or bilirubin"; `liver.bilirubin-elevated`
 * critical (> 2× ULN); `liver.transaminase-above-3x` (AST) warning.
 */
import { alsBackground, ast, alt, bili, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'hys-law-ast-7-days-apart';

export const hysLawAst7DaysApart: ClinicalCase = {
  id: ID,
  title: "On riluzole: AST 3.3× then bilirubin 2.7 mg/dL a week later (Hy's law)",
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const expected = {
      monitoring: 'stop-recommended',
      findings: {
        'liver.hys-law': 'critical',
        'liver.bilirubin-elevated': 'critical',
        'liver.transaminase-above-3x': 'warning',
      },
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Ronald Bishop', birthDate: '1956-04-18', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        alt(ID, 4, daysBefore(asOf, 10), 35),
        ast(ID, 4, daysBefore(asOf, 10), 130),
        bili(ID, 4, daysBefore(asOf, 3), 2.7),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
