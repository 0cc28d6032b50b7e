/**
 * Riluzole stopped 8 days ago after ALT 232 U/L (5.8× ULN 40) 10 days ago; 4 days ago ALT 34, AST 30.
 * Spec v3 §5: the confirmation is asked on a stopped course too, and is answered here (an ALT and an
 * AST after the raised result): no `monitoring.confirm-due`. The stopped course keeps its rows within
 * restartGapDays: the latest ALT is back within the ULN, so `liver.transaminase-stop-history`, not
 * `liver.transaminase-stop`. The liver tests since the stop are listed (monitoring.sinceStop).
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'confirm-stopped-answered';

export const confirmStoppedAnswered: ClinicalCase = {
  id: ID,
  title: 'Riluzole stopped after ALT 5.8× the upper limit; repeated since, back within the limit',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -6);
    return {
      resources: bundle(
        patient(ID, { name: 'Graham Booth', birthDate: '1954-12-01', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 600, weightKg: 77.0, fvcPct: 66 }),
        riluzoleRequest(ID, 1, { start, end: daysBefore(asOf, 8), status: 'stopped' }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 6, daysBefore(asOf, 10), { alt: 232, ast: 140 }),
        panel(ID, 7, daysBefore(asOf, 4), { alt: 34, ast: 30 }),
      ),
      expected: {
        treatment: 'stopped',
        courseStart: start,
        findings: { 'liver.transaminase-stop-history': 'warning', 'baseline.rechallenge': 'warning' },
        absent: ['monitoring.confirm-due', 'liver.transaminase-stop'],
      },
    };
  },
};
