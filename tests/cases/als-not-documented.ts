/**
 * Progressive muscular atrophy coded G12.29 (other motor neuron disease), no ALS code; normal labs.
 * Spec §2 ALS: "G12.20 and G12.29 (other motor neuron disease) do not count"; §4
 * `indication.als-not-documented`: caution (warning). §7 supportive rows are "shown only when ALS is
 * documented or riluzole was ever recorded", so no weight/FVC overdue rows despite no weight or FVC.
 */
import { alsBackground, bundle, condition, DX, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'als-not-documented';

export const alsNotDocumented: ClinicalCase = {
  id: ID,
  title: 'Motor neuron disease other than ALS (G12.29): indication not documented',
  sandbox: false,
  build(asOf) {
    const expected = {
      eligibility: 'caution',
      findings: { 'indication.als-not-documented': 'warning' },
      absent: ['supportive.weight-overdue', 'supportive.fvc-overdue'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Leonard Fischer', birthDate: '1954-04-14', gender: 'male' }),
        alsBackground(ID, asOf, { noAls: true, noWeight: true, noFvc: true }),
        condition(ID, 'pma', DX.otherMnd, { onset: daysBefore(asOf, 500) }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
