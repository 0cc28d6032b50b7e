/**
 * Juvenile ALS whose birth date is recorded as a year only, 17 years before asOf's year; normal labs.
 * Spec §1 "A partial date (YYYY or YYYY-MM) takes its first day and the note `data.date-partial`":
 * born 1 January of that year, so 17 at any asOf of the year (true age 16 or 17: a minor either
 * way). §4 `patient.pediatric` "age < 18 at asOf": us caution, eu not-recommended (both warning).
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'birth-year-only';

export const birthYearOnly: ClinicalCase = {
  id: ID,
  title: 'Juvenile ALS, birth year only (17 this year): pediatric, birth date marked partial',
  sandbox: false,
  build(asOf) {
    const birthYear = String(Number(asOf.slice(0, 4)) - 17);
    return {
      resources: bundle(
        patient(ID, { name: 'Nadia Okafor', birthDate: birthYear, gender: 'female' }),
        alsBackground(ID, asOf),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'patient.pediatric': 'warning' },
        dataNotes: ['data.date-partial'],
      },
      expectedOther: {
        eligibility: 'not-recommended',
        findings: { 'patient.pediatric': 'warning' },
        dataNotes: ['data.date-partial'],
      },
    };
  },
};
