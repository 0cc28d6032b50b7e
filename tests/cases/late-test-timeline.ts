/**
 * On riluzole 5 months; the month-2 test was drawn 10 days after its point (grace is 7), before the
 * month-3 window opened; all others on time.
 * Spec §5 timeline: "the point is done when that answer is ≤ p + grace, late when it comes later but
 * before the next point's window opens, missed otherwise"; "a late test answers the points before it".
 */
import { alsBackground, bundle, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths } from './dates';

const ID = 'late-test-timeline';

export const lateTestTimeline: ClinicalCase = {
  id: ID,
  title: 'On riluzole 5 months: month-2 liver test done 10 days late',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -5);
    const m = (k: number): string => addMonths(start, k);
    return {
      resources: bundle(
        patient(ID, { name: 'Clarence Webb', birthDate: '1953-06-29', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        panel(ID, 0, addDays(start, -4)),
        panel(ID, 1, m(1)),
        panel(ID, 2, addDays(m(2), 10)),
        panel(ID, 3, m(3)),
      ),
      expected: {
        monitoring: 'up-to-date',
        nextDue: m(6),
        schedule: [
          { due: start, state: 'done' },
          { due: m(1), state: 'done' },
          { due: m(2), state: 'late' },
          { due: m(3), state: 'done' },
          { due: m(6), state: 'upcoming' },
        ],
      },
    };
  },
};
