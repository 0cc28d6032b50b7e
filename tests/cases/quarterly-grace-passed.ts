/**
 * On riluzole about 6 months, tests on time through month 3; the month-6 point p6 = S + 6 months is
 * placed so that quarterly-grace-passed0.
 * Spec §5 quarterly points: "window opens 14 days before, grace 14 days". (Where month-end clamping
 * makes the exact edge impossible for some asOf, S is moved so that the expectation still holds.)
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest, startForPoint } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths } from './dates';

const ID = 'quarterly-grace-passed';

export const quarterlyGracePassed: ClinicalCase = {
  id: ID,
  title: 'On riluzole 6 months: month-6 test one day past grace',
  sandbox: false,
  build(asOf) {
    const start = startForPoint(addDays(asOf, -15), 6, 'at-or-before');
    return {
      resources: bundle(
        patient(ID, { name: 'Wallace Kim', birthDate: '1954-05-27', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        monitoring: 'overdue',
        nextDue: addMonths(start, 6),
        schedule: [{ due: addMonths(start, 6), state: 'overdue' }],
      },
    };
  },
};
