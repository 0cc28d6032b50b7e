/**
 * On riluzole 4 months; AST 130 U/L (3.25×) 11 days ago, total bilirubin 2.7 mg/dL (2.25×) 3 days ago:
 * 8 days apart.
 * Spec §5 `liver.hys-law` "within 7 days (default) of each other": not met → no Hy's law;
 * `liver.bilirubin-elevated` is still critical (> 2× ULN).
 */
import { alsBackground, alt, ast, bili, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'hys-law-8-days-apart';

export const hysLaw8DaysApart: ClinicalCase = {
  id: ID,
  title: "On riluzole: AST 3.3× and bilirubin 2.7 mg/dL eight days apart (no Hy's law pair)",
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Lester Ray', birthDate: '1955-10-05', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        alt(ID, 4, daysBefore(asOf, 11), 35),
        ast(ID, 4, daysBefore(asOf, 11), 130),
        bili(ID, 4, daysBefore(asOf, 3), 2.7),
      ),
      expected: { findings: { 'liver.bilirubin-elevated': 'critical' }, absent: ['liver.hys-law'] },
    };
  },
};
