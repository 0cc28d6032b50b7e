/**
 * On riluzole 4 months; ALT 64 U/L (1.6× ULN) 14 days ago, no test since.
 * Spec §5 `liver.transaminase-above-uln` (info); "a recheck point r = its date + elevatedRecheckDays
 * (default 14) is added (window opens at r, grace 7 days); nextDue is the earlier of u and r".
 * Here r = asOf: the recheck window opens today (first day): `due`.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'alt-above-uln-recheck-due-today';

export const altAboveUlnRecheckDueToday: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT 1.6× the upper limit 14 days ago, recheck due',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Carol Hughes', birthDate: '1967-07-27', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 14), { alt: 64 }),
      ),
      expected: {
        monitoring: 'due',
        nextDue: asOf,
        findings: { 'liver.transaminase-above-uln': 'info', 'monitoring.due': 'info' },
        schedule: [{ due: asOf, state: 'due' }],
      },
    };
  },
};
