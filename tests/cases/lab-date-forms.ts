/**
 * New patient: ALT 30 U/L dated only by effectivePeriod.start, total bilirubin 0.7 mg/dL dated only by
 * `issued`, both 8 days ago.
 * Spec §2 "date: effectiveDateTime, else effectivePeriod.start, else issued": both are usable
 * baseline results: eligible, no `baseline.alt-missing`, no `baseline.bilirubin-missing`.
 */
import { alsBackground, alt, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'lab-date-forms';

export const labDateForms: ClinicalCase = {
  id: ID,
  title: 'Liver tests dated by period start and by issue time',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 8);
    return {
      resources: bundle(
        patient(ID, { name: 'Irma Walsh', birthDate: '1962-04-21', gender: 'female' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 30, { dateField: 'effectivePeriod' }),
        bili(ID, 1, day, 0.7, { dateField: 'issued' }),
      ),
      expected: {
        eligibility: 'eligible',
        absent: ['baseline.alt-missing', 'baseline.bilirubin-missing'],
        absentDataNotes: ['data.date-missing'],
      },
    };
  },
};
