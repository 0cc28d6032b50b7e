/**
 * On riluzole 4 months; on one draw a measured ANC 3.0 ×10⁹/L and WBC 3.0 with neutrophils 40 %
 * (which would derive 1.2).
 * Spec §3 "ANC: a measured ANC wins; otherwise WBC × neutrophil % / 100": no neutropenia.
 */
import { alsBackground, bundle, courseLabs, neutPct, panel, patient, riluzoleRequest, wbc } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'anc-measured-wins';

export const ancMeasuredWins: ClinicalCase = {
  id: ID,
  title: 'On riluzole: measured neutrophil count normal, differential would say low',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const day = daysBefore(asOf, 5);
    return {
      resources: bundle(
        patient(ID, { name: 'Eleanor Watts', birthDate: '1962-05-12', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, day, { anc: 3.0 }),
        wbc(ID, 4, day, 3.0, { refLow: 3.0, refHigh: 11 }),
        neutPct(ID, 4, day, 40),
      ),
      expected: { absent: ['blood.neutropenia'], labs: [{ analyte: 'anc', id: `${ID}-anc-4`, value: 3.0 }] },
    };
  },
};
