/**
 * On riluzole 4 months; two ANCs on the same date 3 days ago: 0.8 ×10⁹/L at 09:00 and a normal
 * 2.5 drawn last, at 16:00.
 * Spec §1 "Latest ... on one date, the worse one (... for ANC ... the lower value)": 0.8 → critical
 * `blood.neutropenia` (< 1.0), `stop-recommended`.
 */
import { alsBackground, anc, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'anc-same-day-lower-wins';

export const ancSameDayLowerWins: ClinicalCase = {
  id: ID,
  title: 'On riluzole: two neutrophil counts on one day (0.8 and 2.5), the lower counts',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const day = daysBefore(asOf, 3);
    return {
      resources: bundle(
        patient(ID, { name: 'Phyllis Grant', birthDate: '1958-02-03', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        anc(ID, 4, day, 0.8, { time: 'T09:00:00-05:00' }),
        anc(ID, 5, day, 2.5, { time: 'T16:00:00-05:00' }),
      ),
      expected: { monitoring: 'stop-recommended', findings: { 'blood.neutropenia': 'critical' } },
    };
  },
};
