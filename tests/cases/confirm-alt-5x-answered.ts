/**
 * On riluzole 5 months; 10 days ago ALT 212 U/L (5.3× ULN 40); 4 days ago ALT 100 (2.5×), AST 50.
 * Spec v3 §5: the confirmation is answered (an ALT and an AST after the raised result): no
 * `monitoring.confirm-due`. The latest is below the stop threshold: `liver.transaminase-stop-history`
 * warning, no `liver.transaminase-stop`; recheck r = asOf + 10 (ALT above the ULN): `up-to-date`.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths, daysBefore } from './dates';

const ID = 'confirm-alt-5x-answered';

export const confirmAlt5xAnswered: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT 5.3× the upper limit, repeated 6 days later at 2.5×',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -5);
    return {
      resources: bundle(
        patient(ID, { name: 'Ruth Okafor', birthDate: '1960-01-30', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 10), { alt: 212, ast: 100 }),
        panel(ID, 5, daysBefore(asOf, 4), { alt: 100, ast: 50 }),
      ),
      expected: {
        treatment: 'on-riluzole',
        monitoring: 'up-to-date',
        nextDue: addDays(asOf, 10),
        findings: { 'liver.transaminase-stop-history': 'warning' },
        absent: ['monitoring.confirm-due', 'liver.transaminase-stop'],
      },
    };
  },
};
