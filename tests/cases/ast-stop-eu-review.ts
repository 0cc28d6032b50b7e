/**
 * On riluzole 4 months; 3 days ago AST 220 U/L (5.5× ULN) with ALT 100 U/L (2.5×).
 * Spec §5: us stop threshold "ALT or AST > 5× ULN" → `liver.transaminase-stop` critical; eu "ALT ≥ 5×
 * ULN" not met → `liver.transaminase-above-3x` "eu: critical when AST ≥ 5× ULN ('the EU stop rule names
 * ALT; review')". above-3x is not in the stop-recommended list, so under eu the schedule decides:
 * the latest ALT is above the ULN and below the stop → recheck r = asOf + 11 (not yet open),
 * u = S+6 months; but the AST above 3× ULN sets the confirmation point c = AST date + 3 = asOf
 * (spec v3 §5), the earlier: `due`, `nextDue` = c, `monitoring.confirm-due` a warning (not yet past).
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'ast-stop-eu-review';

export const astStopEuReview: ClinicalCase = {
  id: ID,
  title: 'On riluzole: AST 5.5× with ALT 2.5× the upper limit (US stop, EU review)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Bernard Lefevre', birthDate: '1955-10-20', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 3), { alt: 100, ast: 220 }),
      ),
      expected: {
        monitoring: 'stop-recommended',
        findings: { 'liver.transaminase-stop': 'critical' },
        absent: ['liver.transaminase-above-3x'],
      },
      expectedOther: {
        monitoring: 'due',
        nextDue: asOf,
        findings: { 'liver.transaminase-above-3x': 'critical', 'monitoring.confirm-due': 'warning' },
        absent: ['liver.transaminase-stop'],
      },
    };
  },
};
