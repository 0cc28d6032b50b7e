/**
 * Riluzole started today; no liver test in the 90 days before the start.
 * Spec §5: "p0 = S, the baseline: window opens baselineDays before S, no grace"; u = p0 = asOf, not
 * past its grace (0 days): `due`, `nextDue` = asOf. §4 window [S − 90, S] has no ALT:
 * `baseline.alt-missing`, insufficient-data.
 */
import { alsBackground, bundle, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';

const ID = 'course-started-today';

export const courseStartedToday: ClinicalCase = {
  id: ID,
  title: 'Riluzole started today without baseline liver tests',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Gordon Blake', birthDate: '1964-09-27', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start: asOf }),
      ),
      expected: {
        treatment: 'on-riluzole',
        courseStart: asOf,
        eligibility: 'insufficient-data',
        monitoring: 'due',
        nextDue: asOf,
        findings: { 'baseline.alt-missing': 'warning', 'monitoring.due': 'info' },
      },
    };
  },
};
