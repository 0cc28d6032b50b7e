/**
 * Riluzole recorded as a MedicationStatement with effectivePeriod.start "YYYY-MM" (5 months ago);
 * ALS onset recorded as a year only.
 * Spec §1 "A partial date (YYYY or YYYY-MM) takes its first day and the note data.date-partial":
 * courseStart = the first of that month.
 */
import {
  alsBackground,
  bundle,
  condition,
  courseLabs,
  DX,
  medicationStatement,
  patient,
  RILUZOLE_50MG,
} from './builders';
import type { ClinicalCase } from './case';
import { addMonths, yearMonth } from './dates';

const ID = 'partial-dates';

export const partialDates: ClinicalCase = {
  id: ID,
  title: 'Riluzole started "in" a month (partial date): course from the 1st',
  sandbox: false,
  build(asOf) {
    const month = yearMonth(addMonths(asOf, -5));
    const start = `${month}-01`;
    return {
      resources: bundle(
        patient(ID, { name: 'Lorraine Dubois', birthDate: '1956-06-26', gender: 'female' }),
        alsBackground(ID, asOf, { noAls: true }),
        condition(ID, 'als', DX.als, { onset: String(Number(asOf.slice(0, 4)) - 1) }),
        medicationStatement(
          ID,
          1,
          { kind: 'concept', rxnorm: RILUZOLE_50MG.code, display: RILUZOLE_50MG.display },
          { effectiveStart: month, dateAsserted: asOf },
        ),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        dataNotes: ['data.date-partial'],
      },
    };
  },
};
