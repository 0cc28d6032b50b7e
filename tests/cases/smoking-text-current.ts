/**
 * New patient whose smoking status is free text "Current some day smoker" (no SNOMED code).
 * Spec §2 current smoker: "or a text containing both 'current' and 'smok'"; §6 `interaction.smoking`
 * (info only, so eligibility stays eligible).
 */
import { alsBackground, bundle, panel, patient, smoking } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'smoking-text-current';

export const smokingTextCurrent: ClinicalCase = {
  id: ID,
  title: 'Smoking status as free text "Current some day smoker"',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Dale Hunter', birthDate: '1970-08-22', gender: 'male' }),
        alsBackground(ID, asOf),
        smoking(ID, 1, daysBefore(asOf, 30), 'current', 'Current some day smoker'),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: { eligibility: 'eligible', findings: { 'interaction.smoking': 'info' } },
    };
  },
};
