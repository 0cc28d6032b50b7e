/**
 * On riluzole 4 months at 50 mg once daily.
 * Spec §5 `dose.nonstandard`: "computable daily dose ≠ 100 mg": warning; daily dose = dose × frequency
 * × (1 day ÷ period) = 50 mg.
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'dose-once-daily';

export const doseOnceDaily: ClinicalCase = {
  id: ID,
  title: 'On riluzole 50 mg once daily (half the labelled dose)',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Louis Fontaine', birthDate: '1948-12-01', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 700, weightKg: 68.2, fvcPct: 61 }),
        riluzoleRequest(ID, 1, {
          start,
          dose: { value: 50, unit: 'mg', frequency: 1, period: 1, periodUnit: 'd', text: '50 mg by mouth once daily' },
        }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        treatment: 'on-riluzole',
        dailyDoseMg: 50,
        monitoring: 'up-to-date',
        findings: { 'dose.nonstandard': 'warning' },
      },
    };
  },
};
