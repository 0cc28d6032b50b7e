/**
 * On riluzole 4 months; 10 days ago ALT 168 U/L (4.2×) with total bilirubin 2.6 mg/dL (2.2×): a Hy's
 * law pattern; 6 days ago ALT 90 (2.25×), AST 60, bilirubin 1.0, ALP 110.
 * Spec v3 §5: the confirmation is answered by the ALT and AST after the pattern: no
 * `monitoring.confirm-due`; the pattern no longer includes the latest results: `liver.hys-law`
 * warning ("an earlier episode"); the latest bilirubin is within the ULN.
 */
import { alp, alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'confirm-hys-law-answered';

export const confirmHysLawAnswered: ClinicalCase = {
  id: ID,
  title: "On riluzole: Hy's law pattern 10 days ago, repeated 4 days later and falling",
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const expected = {
      treatment: 'on-riluzole',
      findings: { 'liver.hys-law': 'warning', 'liver.transaminase-above-uln': 'info' },
      absent: ['monitoring.confirm-due', 'liver.bilirubin-elevated'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Tomasz Wrobel', birthDate: '1956-05-11', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 10), { alt: 168, ast: 120, bili: 2.6 }),
        alp(ID, 4, daysBefore(asOf, 10), 110),
        panel(ID, 5, daysBefore(asOf, 6), { alt: 90, ast: 60, bili: 1.0 }),
        alp(ID, 5, daysBefore(asOf, 6), 110),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
