/**
 * On riluzole 4 months written as two instructions: "1 tablet" with timing code QD (morning) and
 * "50 mg" once a day (evening).
 * Spec §5 "Daily dose = the sum over dosageInstruction of dose × frequency × (1 day ÷ period); a dose
 * in mg, in tablets or films (× 50 mg) ...; timing.code QD, BID, TID = 1, 2, 3 a day": 50 + 50 = 100.
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'dose-two-instructions';

export const doseTwoInstructions: ClinicalCase = {
  id: ID,
  title: 'On riluzole: 1 tablet in the morning plus 50 mg in the evening',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Beverly Nash', birthDate: '1957-01-28', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, {
          start,
          dose: { value: 1, unit: 'tablet', timingCode: 'QD', text: '1 tablet every morning' },
          moreDoses: [{ value: 50, unit: 'mg', frequency: 1, period: 1, periodUnit: 'd', text: '50 mg every evening' }],
        }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: { treatment: 'on-riluzole', dailyDoseMg: 100, absent: ['dose.nonstandard'] },
    };
  },
};
