/**
 * On riluzole 8 months; liver tests at baseline and months 1–3 only, the month-6 test never done.
 * Spec §5: "A missed month-6 test that was never made up is still overdue at month 9";
 * u = S+6 months, u + 14 days < asOf: `overdue`, `nextDue` = S+6, finding `monitoring.overdue` (warning).
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'on-riluzole-overdue';

export const onRiluzoleOverdue: ClinicalCase = {
  id: ID,
  title: 'On riluzole 8 months, month-6 liver test missed: overdue',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -8);
    const m = (k: number): string => addMonths(start, k);
    return {
      resources: bundle(
        patient(ID, { name: 'George Whitfield', birthDate: '1950-04-28', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 500, weightKg: 70.3, fvcPct: 66 }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        monitoring: 'overdue',
        nextDue: m(6),
        findings: { 'monitoring.overdue': 'warning' },
        absent: ['monitoring.due'],
        schedule: [
          { due: m(3), state: 'done' },
          { due: m(6), state: 'overdue' },
          { due: m(9), state: 'upcoming' },
        ],
      },
    };
  },
};
