/**
 * On riluzole 4 months (start S = asOf − 4 months), baseline 5 days before S, ALT on S+1, S+2, S+3 months.
 * Spec §5 schedule: S+1..3 monthly, then S+6: the latest ALT (S+3) answers every point up to S+3,
 * u = S+6 whose window opens 14 days before it, after asOf: `up-to-date`, `nextDue` = S+6.
 * Also §1: the start is `boundsPeriod.start` before `authoredOn`.
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths } from './dates';

const ID = 'on-riluzole-up-to-date';

export const onRiluzoleUpToDate: ClinicalCase = {
  id: ID,
  title: 'On riluzole 4 months, liver tests up to date',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const m = (k: number): string => addMonths(start, k);
    return {
      resources: bundle(
        patient(ID, { name: 'Thomas Brennan', birthDate: '1955-01-17', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 300, weightKg: 76.1, fvcPct: 72 }),
        riluzoleRequest(ID, 1, { start, authoredOn: addDays(start, -3) }),
        courseLabs(ID, start, [1, 2, 3]),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        dailyDoseMg: 100,
        eligibility: 'eligible',
        monitoring: 'up-to-date',
        nextDue: m(6),
        schedule: [
          { due: start, state: 'done' },
          { due: m(1), state: 'done' },
          { due: m(2), state: 'done' },
          { due: m(3), state: 'done' },
          { due: m(6), state: 'upcoming' },
        ],
        absent: ['monitoring.due', 'monitoring.overdue', 'dose.nonstandard', 'liver.transaminase-above-uln'],
      },
    };
  },
};
