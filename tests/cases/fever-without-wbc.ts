/**
 * On riluzole 4 months; temperature exactly 38.0 °C exactly 7 days ago; the last WBC/ANC is older.
 * Spec §5 `blood.fever-check-wbc`: "temperature ≥ 38.0 °C in the last 7 days and no WBC or ANC dated on
 * or after it": warning. §1 "The last N days is [asOf − N days, asOf], both ends included".
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest, temperature } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'fever-without-wbc';

export const feverWithoutWbc: ClinicalCase = {
  id: ID,
  title: 'On riluzole: fever 38.0 °C a week ago, no blood count since',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Samuel Grant', birthDate: '1961-06-30', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        temperature(ID, 1, daysBefore(asOf, 7), 38.0),
        temperature(ID, 2, daysBefore(asOf, 2), 37.2),
      ),
      expected: { findings: { 'blood.fever-check-wbc': 'warning' } },
    };
  },
};
