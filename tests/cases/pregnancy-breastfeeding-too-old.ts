/**
 * A pregnancy Observation "Pregnant" 281 days ago and a lactation Condition (Z39.1) recorded 366 days
 * ago, nothing since.
 * Spec §4 `condition.pregnancy` "in the last 280 days", `condition.breastfeeding` "in the last 365
 * days"; §1 "The last N days is [asOf − N days, asOf]": both just outside: eligible under both.
 */
import { alsBackground, bundle, condition, DX, panel, patient, pregnancyStatus } from './builders';
import type { ClinicalCase } from './case';
import { birthDateForAge, daysBefore } from './dates';

const ID = 'pregnancy-breastfeeding-too-old';

export const pregnancyBreastfeedingTooOld: ClinicalCase = {
  id: ID,
  title: 'Pregnancy 281 days ago and lactation a year ago: no longer counted',
  sandbox: false,
  build(asOf) {
    const expected = { eligibility: 'eligible', absent: ['condition.pregnancy', 'condition.breastfeeding'] } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Tessa Morgan', birthDate: birthDateForAge(asOf, 33, 20), gender: 'female' }),
        alsBackground(ID, asOf),
        pregnancyStatus(ID, 1, daysBefore(asOf, 281), true),
        condition(ID, 'lactation', DX.lactation, { onset: daysBefore(asOf, 366), recorded: daysBefore(asOf, 366) }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
