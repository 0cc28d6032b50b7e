/**
 * New ALS diagnosis, never on riluzole, a normal panel 10 days ago.
 * Spec §4: "`eligible` needs a usable ALT in the window within the ULN and no row worse than info."
 */
import { alsBackground, alp, bundle, ggt, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'eligible-baseline-normal';

export const eligibleBaselineNormal: ClinicalCase = {
  id: ID,
  title: 'New ALS diagnosis, normal baseline labs: eligible to start riluzole',
  sandbox: true,
  build(asOf) {
    const labDay = daysBefore(asOf, 10);
    return {
      resources: bundle(
        patient(ID, { name: 'Margaret Ellison', birthDate: '1964-03-12', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 45, weightKg: 64.2, fvcPct: 86 }),
        panel(ID, 1, labDay),
        alp(ID, 1, labDay, 84),
        ggt(ID, 1, labDay, 28),
      ),
      expected: {
        treatment: 'never',
        eligibility: 'eligible',
        monitoring: 'not-applicable',
        absent: [
          'baseline.alt-missing',
          'baseline.bilirubin-missing',
          'baseline.transaminase-above-uln',
          'indication.als-not-documented',
          'supportive.weight-overdue',
          'supportive.fvc-overdue',
          'monitoring.due',
          'monitoring.overdue',
        ],
      },
    };
  },
};
