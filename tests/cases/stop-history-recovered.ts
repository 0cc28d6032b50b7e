/**
 * On riluzole 6 months; ALT 240 U/L (6×) 60 days ago, 90 U/L 45 days ago, 35 U/L 10 days ago.
 * Spec §5 `liver.transaminase-stop-history`: "an earlier result in the course met the stop threshold,
 * the latest does not": warning. Schedule: the ALT on day −10 lies in the S+6 window (opens 14 days
 * before) and answers it: u = S+9 months, `up-to-date`.
 */
import { alsBackground, alt, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'stop-history-recovered';

export const stopHistoryRecovered: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT 6× two months ago, normal now (stop was advised)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -6);
    const expected = {
      treatment: 'on-riluzole',
      monitoring: 'up-to-date',
      nextDue: addMonths(start, 9),
      findings: { 'liver.transaminase-stop-history': 'warning' },
      absent: ['liver.transaminase-stop', 'liver.transaminase-above-uln'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Irene Kaplan', birthDate: '1963-03-18', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 60), { alt: 240, ast: 150 }),
        alt(ID, 5, daysBefore(asOf, 45), 90),
        panel(ID, 6, daysBefore(asOf, 10), { alt: 35 }),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
