/**
 * On riluzole about a month; baseline liver tests 5 days before the start S, nothing since.
 * The month-1 point p1 = S + 1 month is placed so that monthly-grace-passed0.
 * Spec §5: monthly points' "window opens 7 days before, grace 7 days"; "overdue when u + grace <
 * asOf; else due when u − early ≤ asOf; else up-to-date". (Where month-end clamping makes the exact
 * edge impossible for some asOf, S is moved so that the expectation still holds.)
 */
import { alsBackground, bundle, panel, patient, riluzoleRequest, startForPoint } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths } from './dates';

const ID = 'monthly-grace-passed';

export const monthlyGracePassed: ClinicalCase = {
  id: ID,
  title: 'On riluzole 5 weeks: month-1 test one day past grace',
  sandbox: false,
  build(asOf) {
    const start = startForPoint(addDays(asOf, -8), 1, 'at-or-before');
    return {
      resources: bundle(
        patient(ID, { name: 'Ivan Petrov', birthDate: '1955-08-08', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        panel(ID, 0, addDays(start, -5)),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        monitoring: 'overdue',
        nextDue: addMonths(start, 1),
        schedule: [
          { due: start, state: 'done' },
          { due: addMonths(start, 1), state: 'overdue' },
        ],
      },
    };
  },
};
