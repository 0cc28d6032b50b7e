/**
 * New ALS patient: last weight 120 days ago, last FVC 100 days ago.
 * Spec §7 `supportive.weight-overdue` "no body weight in the last 3 months" and
 * `supportive.fvc-overdue` "no FVC % predicted in the last 3 months": info.
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'supportive-overdue';

export const supportiveOverdue: ClinicalCase = {
  id: ID,
  title: 'ALS clinic visit overdue: no weight or FVC in 3 months',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Beatrice Long', birthDate: '1950-02-17', gender: 'female' }),
        alsBackground(ID, asOf, { noWeight: true, noFvc: true }),
        alsBackground(ID, asOf, { noAls: true, vitalsDaysAgo: 120, noFvc: true }),
        alsBackground(ID, asOf, { noAls: true, vitalsDaysAgo: 100, noWeight: true }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        findings: { 'supportive.weight-overdue': 'info', 'supportive.fvc-overdue': 'info' },
        absent: ['supportive.weight-loss', 'supportive.fvc-low'],
      },
    };
  },
};
