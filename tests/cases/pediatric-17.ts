/**
 * A patient who turns 18 tomorrow (17 years and 364+ days old at asOf), normal labs.
 * Spec §4 `patient.pediatric`: "age < 18 at asOf": us caution, eu not-recommended (both warning).
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths, daysBefore } from './dates';

const ID = 'pediatric-17';

export const pediatric17: ClinicalCase = {
  id: ID,
  title: 'Juvenile ALS, 17 years old (18 tomorrow): caution (US), not recommended (EU)',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Ethan Brooks', birthDate: addDays(addMonths(asOf, -216), 1), gender: 'male' }),
        alsBackground(ID, asOf),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: { eligibility: 'caution', findings: { 'patient.pediatric': 'warning' } },
      expectedOther: { eligibility: 'not-recommended', findings: { 'patient.pediatric': 'warning' } },
    };
  },
};
