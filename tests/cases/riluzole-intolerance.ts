/**
 * A riluzole intolerance (nausea; AllergyIntolerance.type intolerance); normal labs.
 * Spec §2: "an AllergyIntolerance of `type` intolerance gives `caution`"; §4 `allergy.riluzole`
 * "(an intolerance: caution)": caution → warning, under both policies.
 */
import { alsBackground, bundle, panel, patient, riluzoleAllergy } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'riluzole-intolerance';

export const riluzoleIntolerance: ClinicalCase = {
  id: ID,
  title: 'Riluzole intolerance on record (nausea): caution',
  sandbox: false,
  build(asOf) {
    const expected = { eligibility: 'caution', findings: { 'allergy.riluzole': 'warning' } } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Peter Lindqvist', birthDate: '1959-08-19', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleAllergy(ID, 1, { type: 'intolerance', recorded: daysBefore(asOf, 300), reaction: 'Nausea' }),
        panel(ID, 1, daysBefore(asOf, 15)),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
