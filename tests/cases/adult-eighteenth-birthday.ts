/**
 * A patient whose 18th birthday is asOf; normal labs.
 * Spec §4 `patient.pediatric` "age < 18 at asOf": 18 today is an adult, eligible.
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'adult-eighteenth-birthday';

export const adultEighteenthBirthday: ClinicalCase = {
  id: ID,
  title: 'Juvenile ALS, 18th birthday today: adult',
  sandbox: false,
  build(asOf) {
    const expected = { eligibility: 'eligible', absent: ['patient.pediatric'] } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Chloe Adams', birthDate: addMonths(asOf, -216), gender: 'female' }),
        alsBackground(ID, asOf),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
