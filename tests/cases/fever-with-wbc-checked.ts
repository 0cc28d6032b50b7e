/**
 * On riluzole 4 months; temperature 101.5 °F (38.6 °C) 3 days ago, WBC and ANC normal 2 days ago.
 * Spec §3 temperature "[degF], °F ((F − 32) × 5/9)"; §5 `blood.fever-check-wbc` needs "no WBC or ANC
 * dated on or after it": absent.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest, temperature, wbc } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'fever-with-wbc-checked';

export const feverWithWbcChecked: ClinicalCase = {
  id: ID,
  title: 'On riluzole: fever 101.5 °F, blood count checked the next day',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Teresa Lopez', birthDate: '1964-10-15', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        temperature(ID, 1, daysBefore(asOf, 3), 101.5, { unit: '[degF]' }),
        panel(ID, 4, daysBefore(asOf, 2), { anc: 5.8 }),
        wbc(ID, 4, daysBefore(asOf, 2), 9.6),
      ),
      expected: {
        absent: ['blood.fever-check-wbc', 'blood.neutropenia'],
        labs: [{ analyte: 'temperature', id: `${ID}-temp-1`, value: 38.61, unit: 'Cel' }],
      },
    };
  },
};
