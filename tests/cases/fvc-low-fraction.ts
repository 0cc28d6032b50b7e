/**
 * New ALS patient: FVC % predicted reported as the fraction 0.45 (unit "1").
 * Spec §3 FVC: "a value ≤ 2 with unit `1` or none is a fraction (× 100)" → 45 %; §7
 * `supportive.fvc-low` "latest FVC < 50% predicted": warning.
 */
import { alsBackground, bundle, fvc, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'fvc-low-fraction';

export const fvcLowFraction: ClinicalCase = {
  id: ID,
  title: 'ALS with FVC 45% predicted: discuss non-invasive ventilation',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Gerald Hoffman', birthDate: '1952-09-19', gender: 'male' }),
        alsBackground(ID, asOf, { noFvc: true }),
        fvc(ID, 1, daysBefore(asOf, 15), 0.45, { unit: '1' }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        findings: { 'supportive.fvc-low': 'warning' },
        absent: ['supportive.fvc-overdue'],
        labs: [{ analyte: 'fvcPct', id: `${ID}-fvc-1`, value: 45, unit: '%' }],
      },
    };
  },
};
