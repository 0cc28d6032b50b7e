/**
 * On riluzole 4 months; ALT 64 U/L (1.6× ULN) 22 days ago, no test since.
 * Spec §5 `liver.transaminase-above-uln` (info); "a recheck point r = its date + elevatedRecheckDays
 * (default 14) is added (window opens at r, grace 7 days); nextDue is the earlier of u and r".
 * Here r = asOf − 8: one day past the grace: `overdue`.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'alt-above-uln-recheck-overdue';

export const altAboveUlnRecheckOverdue: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT 1.6× the upper limit 22 days ago, recheck overdue',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Yvonne Carter', birthDate: '1960-09-03', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 22), { alt: 64 }),
      ),
      expected: {
        monitoring: 'overdue',
        nextDue: daysBefore(asOf, 8),
        findings: { 'liver.transaminase-above-uln': 'info', 'monitoring.overdue': 'warning' },
        schedule: [{ due: daysBefore(asOf, 8), state: 'overdue' }],
      },
    };
  },
};
