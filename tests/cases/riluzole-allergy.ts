/**
 * Never on riluzole here; a confirmed riluzole allergy (hives) recorded elsewhere; normal labs.
 * Spec §4 `allergy.riluzole`: contraindicated under both policies (critical); §2 "an allergy (or no
 * type) `contraindicated`".
 */
import { alsBackground, bundle, panel, patient, riluzoleAllergy } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'riluzole-allergy';

export const riluzoleAllergyCase: ClinicalCase = {
  id: ID,
  title: 'Riluzole allergy on record (hives): contraindicated',
  sandbox: true,
  build(asOf) {
    const expected = {
      treatment: 'never',
      eligibility: 'contraindicated',
      findings: { 'allergy.riluzole': 'critical' },
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Grace Whitaker', birthDate: '1970-01-25', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 200, weightKg: 70.9, fvcPct: 79 }),
        riluzoleAllergy(ID, 1, {
          type: 'allergy',
          recorded: daysBefore(asOf, 150),
          reaction: 'Hives',
          reactionSeverity: 'moderate',
          criticality: 'high',
        }),
        panel(ID, 1, daysBefore(asOf, 15)),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
