/**
 * On riluzole 4 months; 3 days ago ALT 168 U/L (4.2× ULN 40), AST 120 (3.0×), total bilirubin
 * 2.6 mg/dL (2.17× ULN 1.2), ALP 110 U/L (< 2× ULN 120).
 * Spec §5 `liver.hys-law`: "ALT or AST ≥ 3× ULN and total bilirubin > 2× ULN within 7 days ...
 * critical when the pair includes the latest"; `liver.bilirubin-elevated` "critical when > 2× ULN";
 * `liver.transaminase-above-3x` (below the stop threshold): warning; monitoring `stop-recommended`.
 * Spec v3 §5: the confirmation point c = asOf (3 days after the pattern): `monitoring.confirm-due`
 * warning, still asked under the stop.
 */
import { alp, alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'hys-law';

export const hysLaw: ClinicalCase = {
  id: ID,
  title: "On riluzole: ALT 4× the upper limit with bilirubin 2.6 mg/dL (Hy's law pattern)",
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const expected = {
      treatment: 'on-riluzole',
      monitoring: 'stop-recommended',
      findings: {
        'liver.hys-law': 'critical',
        'liver.bilirubin-elevated': 'critical',
        'liver.transaminase-above-3x': 'warning',
        'monitoring.confirm-due': 'warning',
      },
      absent: ['liver.transaminase-stop'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Victor Almeida', birthDate: '1959-07-14', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 380, weightKg: 79.4, fvcPct: 71 }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 3), { alt: 168, ast: 120, bili: 2.6 }),
        alp(ID, 4, daysBefore(asOf, 3), 110),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
