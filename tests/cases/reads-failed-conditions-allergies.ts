/**
 * Normal baseline labs, but the EHR's Condition and AllergyIntolerance reads failed.
 * Spec §1.1: "Missing data is never good news": unread conditions are not "no ALS diagnosis", and
 * a riluzole allergy cannot be ruled out, so the patient is not `eligible`.
 */
import { bundle, panel, patient, weight } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'reads-failed-conditions-allergies';

export const readsFailedConditionsAllergies: ClinicalCase = {
  id: ID,
  title: 'Condition and allergy reads failed: eligibility cannot be judged',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Owen Fairbairn', birthDate: '1958-07-02', gender: 'male' }),
        panel(ID, 1, daysBefore(asOf, 12)),
        weight(ID, 1, daysBefore(asOf, 12), 81),
      ),
      unavailable: ['conditions', 'allergies'],
      expected: {
        treatment: 'never',
        eligibility: 'insufficient-data',
        findings: { 'data.read-failed': 'warning' },
        absent: ['indication.als-not-documented', 'baseline.alt-missing'],
      },
    };
  },
};
