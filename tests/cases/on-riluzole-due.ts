/**
 * On riluzole 3 months; ALT at baseline, S+1 and S+2 months; the S+3 test is not yet done.
 * Spec §5: u = S+3 months (≈ asOf); "`due` when u − early ≤ asOf" and not past u + 7 days grace.
 */
import { alsBackground, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'on-riluzole-due';

export const onRiluzoleDue: ClinicalCase = {
  id: ID,
  title: 'On riluzole 3 months, month-3 liver test due now',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -3);
    return {
      resources: bundle(
        patient(ID, { name: 'Aisha Rahman', birthDate: '1969-08-05', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 250, weightKg: 61.0, fvcPct: 80 }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2]),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        monitoring: 'due',
        nextDue: addMonths(start, 3),
        findings: { 'monitoring.due': 'info' },
        absent: ['monitoring.overdue'],
      },
    };
  },
};
