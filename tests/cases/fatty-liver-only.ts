/**
 * New patient whose only liver condition is fatty liver (K76.0); labs normal.
 * Spec §2: "K76.0 (fatty liver) alone is treated as `caution` under both policies".
 */
import { alsBackground, bundle, condition, DX, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'fatty-liver-only';

export const fattyLiverOnly: ClinicalCase = {
  id: ID,
  title: 'Fatty liver (K76.0) only: caution under both labels',
  sandbox: false,
  build(asOf) {
    const expected = { eligibility: 'caution', findings: { 'condition.hepatic-disease': 'warning' } } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Brenda Sullivan', birthDate: '1966-06-16', gender: 'female' }),
        alsBackground(ID, asOf, { weightKg: 94.5 }),
        condition(ID, 'nafld', DX.fattyLiver, { onset: daysBefore(asOf, 1500) }),
        panel(ID, 1, daysBefore(asOf, 20)),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
