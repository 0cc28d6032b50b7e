/**
 * On riluzole 6 months; months 2 and 3 were never tested; ALT 250 U/L (6.25× ULN 40) the day before
 * the month-6 window opens. docs/clinical-spec.md §5.2: month 2 is missed (the ALT came after month 3's
 * window opened) and carries the next ALT, not an answer; month 3 is late, answered by it; one result
 * answers one point. §5.3: stop-recommended, the schedule suspended (month 6 neither due nor overdue),
 * no `monitoring.due` or `monitoring.overdue` beside the stop.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths } from './dates';

const ID = 'alt-stop-after-missed-checks';

export const altStopAfterMissedChecks: ClinicalCase = {
  id: ID,
  title: 'On riluzole: months 2 and 3 untested, then ALT 6× the upper limit: stop, schedule suspended',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -6);
    const month6 = addMonths(start, 6);
    const stopDay = addDays(month6, -15);
    const expected = {
      treatment: 'on-riluzole',
      monitoring: 'stop-recommended',
      suspended: true,
      nextDue: null,
      schedule: [
        { due: addMonths(start, 1), state: 'done' },
        { due: addMonths(start, 2), state: 'missed' },
        { due: addMonths(start, 3), state: 'late' },
        { due: month6, state: 'suspended' },
      ],
      findings: { 'liver.transaminase-stop': 'critical' },
      absent: ['monitoring.due', 'monitoring.overdue'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Rosa Whitfield', birthDate: '1959-03-14', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 400, weightKg: 63.2, fvcPct: 71 }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1]),
        panel(ID, 4, stopDay, { alt: 250, ast: 120 }),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
