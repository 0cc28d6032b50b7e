/**
 * New ALS patient: FVC % predicted sent as the bare number 0.45 (no unit), its reference range
 * written as "low 80 %".
 * Spec §3 FVC: "a value ≤ 2 with unit `1` or none is a fraction (× 100)" → 45 %, not 0.45 % (the
 * range's unit describes the range, not how the value was written); §7 `supportive.fvc-low`
 * "latest FVC < 50% predicted": warning.
 */
import { alsBackground, bundle, fvc, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'fvc-fraction-no-unit';

export const fvcFractionNoUnit: ClinicalCase = {
  id: ID,
  title: 'ALS with FVC sent as 0.45 without a unit: 45% predicted, discuss ventilation',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Agnes Whitfield', birthDate: '1955-08-03', gender: 'female' }),
        alsBackground(ID, asOf, { noFvc: true }),
        fvc(ID, 1, daysBefore(asOf, 12), 0.45, { noUnit: true, refLow: 80, rangeUnit: '%' }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected: {
        findings: { 'supportive.fvc-low': 'warning' },
        absent: ['supportive.fvc-overdue'],
        labs: [{ analyte: 'fvcPct', id: `${ID}-fvc-1`, value: 45, unit: '%' }],
        absentDataNotes: ['data.unit-from-range', 'data.unit-unrecognized'],
      },
    };
  },
};
