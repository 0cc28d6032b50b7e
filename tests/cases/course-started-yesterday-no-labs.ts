/**
 * Riluzole started yesterday; no liver test before or since.
 * Spec §5: the baseline point p0 = S has no grace: "overdue when u + grace < asOf" → S < asOf:
 * `overdue` since S, `monitoring.overdue` (warning).
 */
import { alsBackground, bundle, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'course-started-yesterday-no-labs';

export const courseStartedYesterdayNoLabs: ClinicalCase = {
  id: ID,
  title: 'Riluzole started yesterday without baseline liver tests: overdue',
  sandbox: false,
  build(asOf) {
    const start = daysBefore(asOf, 1);
    return {
      resources: bundle(
        patient(ID, { name: 'Olivia Hart', birthDate: '1971-12-05', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: start,
        monitoring: 'overdue',
        nextDue: start,
        findings: { 'monitoring.overdue': 'warning' },
        schedule: [{ due: start, state: 'overdue' }],
      },
    };
  },
};
