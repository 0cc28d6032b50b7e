/**
 * On riluzole 4 months; 4 days ago ALT 140 U/L (3.5×) and total bilirubin 1.5 mg/dL (1.25×, not > 2×).
 * Spec §5 `liver.bilirubin-elevated`: "critical ... when an ALT or AST > 3× ULN lies within 7 days" →
 * `stop-recommended`; no `liver.hys-law` (bilirubin not > 2× ULN).
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'bilirubin-with-alt-3x';

export const bilirubinWithAlt3x: ClinicalCase = {
  id: ID,
  title: 'On riluzole: bilirubin 1.25× with ALT 3.5× the upper limit',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Evelyn Shaw', birthDate: '1961-12-14', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 4), { alt: 140, ast: 60, bili: 1.5 }),
      ),
      expected: {
        monitoring: 'stop-recommended',
        findings: { 'liver.bilirubin-elevated': 'critical', 'liver.transaminase-above-3x': 'warning' },
        absent: ['liver.hys-law'],
      },
    };
  },
};
