/**
 * Riluzole ordered to start in 7 days; pre-treatment labs normal.
 * Spec §1: "records that start after `asOf` ... do not set the status (note
 * `data.future-or-planned-order`)": treatment `never`, the window is [asOf − 90, asOf]: eligible.
 */
import { alsBackground, bundle, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, daysBefore } from './dates';

const ID = 'planned-start-next-week';

export const plannedStartNextWeek: ClinicalCase = {
  id: ID,
  title: 'Riluzole ordered to start next week, pre-treatment labs normal',
  sandbox: true,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Anthony Russo', birthDate: '1968-09-14', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 40, weightKg: 90.2, fvcPct: 90 }),
        riluzoleRequest(ID, 1, { start: addDays(asOf, 7), authoredOn: daysBefore(asOf, 1) }),
        panel(ID, 1, daysBefore(asOf, 6)),
      ),
      expected: {
        treatment: 'never',
        eligibility: 'eligible',
        monitoring: 'not-applicable',
        dataNotes: ['data.future-or-planned-order'],
      },
    };
  },
};
