/**
 * On riluzole 4 months; ANC 1.7 ×10⁹/L against this lab's range 1.8–7.7.
 * Spec §5 `blood.neutropenia`: "latest ANC < LLN: info when ≥ 1.5": info, no stop.
 */
import { alsBackground, anc, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'anc-below-lab-lln';

export const ancBelowLabLln: ClinicalCase = {
  id: ID,
  title: "On riluzole: neutrophils 1.7, just below the lab's lower limit",
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const day = daysBefore(asOf, 4);
    return {
      resources: bundle(
        patient(ID, { name: 'Monica Price', birthDate: '1970-03-23', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, day, { omit: ['anc'] }),
        anc(ID, 4, day, 1.7, { refLow: 1.8, refHigh: 7.7 }),
      ),
      expected: { monitoring: 'up-to-date', findings: { 'blood.neutropenia': 'info' } },
    };
  },
};
