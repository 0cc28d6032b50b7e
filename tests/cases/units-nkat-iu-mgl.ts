/**
 * One panel in less common units: ALT 900 nkat/L (range ≤ 750 nkat/L), AST 35 IU/L (≤ 40 IU/L),
 * bilirubin 8 mg/L (≤ 12 mg/L), ANC 3.2 10^3/µL, WBC 6.1 x10E3/uL.
 * Spec §3: nkat/L × 0.06 (900 → 54 U/L, 1.2× ULN); IU/L as U/L; bilirubin mg/L ÷ 10 (0.8 mg/dL);
 * ANC/WBC 10^3/µL and x10E3/uL "same number". ALT 1.2× → `baseline.transaminase-above-uln`, caution.
 */
import { alsBackground, alt, anc, ast, bili, bundle, patient, wbc } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'units-nkat-iu-mgl';

export const unitsNkatIuMgl: ClinicalCase = {
  id: ID,
  title: 'Liver tests in nkat/L, IU/L and mg/L (ALT 1.2× the upper limit)',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 11);
    return {
      resources: bundle(
        patient(ID, { name: 'Klaus Weber', birthDate: '1958-06-15', gender: 'male' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 900, { unit: 'nkat/L', refHigh: 750 }),
        ast(ID, 1, day, 35, { unit: 'IU/L', refHigh: 40 }),
        bili(ID, 1, day, 8, { unit: 'mg/L', refHigh: 12 }),
        anc(ID, 1, day, 3.2, { unit: '10^3/µL', refLow: 1.5, refHigh: 8 }),
        wbc(ID, 1, day, 6.1, { unit: 'x10E3/uL', refLow: 4, refHigh: 11 }),
      ),
      expected: {
        eligibility: 'caution',
        findings: { 'baseline.transaminase-above-uln': 'warning' },
        absentDataNotes: ['data.unit-unrecognized'],
        labs: [
          { analyte: 'alt', id: `${ID}-alt-1`, value: 54, unit: 'U/L', multipleOfUln: 1.2 },
          { analyte: 'ast', id: `${ID}-ast-1`, value: 35, unit: 'U/L', multipleOfUln: 0.875 },
          { analyte: 'bilirubinTotal', id: `${ID}-tbil-1`, value: 0.8, unit: 'mg/dL', multipleOfUln: 0.6667 },
          { analyte: 'anc', id: `${ID}-anc-1`, value: 3.2, unit: '10*9/L' },
          { analyte: 'wbc', id: `${ID}-wbc-1`, value: 6.1, unit: '10*9/L' },
        ],
      },
    };
  },
};
