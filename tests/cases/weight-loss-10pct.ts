/**
 * New ALS patient: 80.0 kg 300 days ago, 170.9 lb (77.5 kg) 200 days ago, 72.0 kg 10 days ago.
 * Spec §7 `supportive.weight-loss`: "(highest weight in the 12 months before the latest − latest) ÷
 * highest ≥ 10%": (80 − 72) / 80 = exactly 10%: warning. §3 weight "[lb_av], lb (× 0.45359237)".
 */
import { alsBackground, bundle, panel, patient, weight } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'weight-loss-10pct';

export const weightLoss10pct: ClinicalCase = {
  id: ID,
  title: 'ALS with 10% weight loss in 10 months: discuss gastrostomy',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Rita Sandoval', birthDate: '1959-04-09', gender: 'female' }),
        alsBackground(ID, asOf, { noWeight: true }),
        weight(ID, 1, daysBefore(asOf, 300), 80.0),
        weight(ID, 2, daysBefore(asOf, 200), 170.9, { unit: '[lb_av]' }),
        weight(ID, 3, daysBefore(asOf, 10), 72.0),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        findings: { 'supportive.weight-loss': 'warning' },
        absent: ['supportive.weight-overdue'],
        labs: [{ analyte: 'weight', id: `${ID}-weight-2`, value: 77.52, unit: 'kg' }],
      },
    };
  },
};
