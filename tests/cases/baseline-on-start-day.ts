/**
 * On riluzole 4 months; ALT 70 U/L (1.75×) drawn on the start day itself, normal on months 1–3.
 * Spec §5 "These rows use results dated after the course start (a result on the start day is
 * baseline)"; §4 the window [S − 90, S] holds the 70: `baseline.transaminase-above-uln`, caution
 * ("eligibility at the course start"); the on-treatment latest is normal: no `liver.transaminase-above-uln`.
 */
import { alsBackground, bundle, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'baseline-on-start-day';

export const baselineOnStartDay: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT 1.75× on the start day (baseline), normal since',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Marcus Dean', birthDate: '1966-09-02', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        panel(ID, 0, start, { alt: 70 }),
        panel(ID, 1, addMonths(start, 1)),
        panel(ID, 2, addMonths(start, 2)),
        panel(ID, 3, addMonths(start, 3)),
      ),
      expected: {
        eligibility: 'caution',
        monitoring: 'up-to-date',
        findings: { 'baseline.transaminase-above-uln': 'warning' },
        absent: ['liver.transaminase-above-uln', 'baseline.alt-missing'],
      },
    };
  },
};
