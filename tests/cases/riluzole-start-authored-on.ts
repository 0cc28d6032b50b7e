/**
 * An active riluzole order with no boundsPeriod, written (authoredOn) 4 months ago.
 * Spec §1 start: "boundsPeriod.start, else authoredOn (a MedicationRequest)": courseStart = authoredOn.
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'riluzole-start-authored-on';

export const riluzoleStartAuthoredOn: ClinicalCase = {
  id: ID,
  title: 'On riluzole, start known only from the order date',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Leon Marsh', birthDate: '1959-09-29', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start, startInAuthoredOn: true }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        monitoring: 'up-to-date',
        nextDue: addMonths(start, 6),
      },
    };
  },
};
