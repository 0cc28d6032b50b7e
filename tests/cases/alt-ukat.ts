/**
 * A Nordic lab: ALT 0.9 ukat/L with a range written in µkat/L (≤ 0.75), bilirubin 12 µmol/L (≤ 21).
 * Spec §3: µkat/L, ukat/L × 60 → U/L (0.9 → 54 U/L, ULN 45 U/L, 1.2×); bilirubin µmol/L ÷ 17.1
 * (12 → 0.70 mg/dL). §4 `baseline.transaminase-above-uln` (> 1× and ≤ 3×): caution.
 */
import { alsBackground, ast, alt, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'alt-ukat';

export const altUkat: ClinicalCase = {
  id: ID,
  title: 'Liver tests reported in µkat/L and µmol/L (ALT 1.2× the upper limit)',
  sandbox: true,
  build(asOf) {
    const day = daysBefore(asOf, 9);
    return {
      resources: bundle(
        patient(ID, { name: 'Ingrid Johansson', birthDate: '1961-05-03', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 70, weightKg: 67.0, fvcPct: 84 }),
        alt(ID, 1, day, 0.9, { unit: 'ukat/L', refHigh: 0.75, rangeUnit: 'µkat/L' }),
        ast(ID, 1, day, 0.5, { unit: 'µkat/L', refHigh: 0.75 }),
        bili(ID, 1, day, 12, { unit: 'µmol/L', refLow: 5, refHigh: 21 }),
      ),
      expected: {
        treatment: 'never',
        eligibility: 'caution',
        findings: { 'baseline.transaminase-above-uln': 'warning' },
        absent: ['baseline.bilirubin-elevated', 'baseline.alt-missing'],
        absentDataNotes: ['data.unit-unrecognized', 'data.uln-assumed'],
        labs: [
          {
            analyte: 'alt',
            id: `${ID}-alt-1`,
            value: 54,
            unit: 'U/L',
            multipleOfUln: 1.2,
            ulnSource: 'report',
            grade: 1,
          },
          { analyte: 'ast', id: `${ID}-ast-1`, value: 30, unit: 'U/L', multipleOfUln: 0.67 },
          { analyte: 'bilirubinTotal', id: `${ID}-tbil-1`, value: 0.7, unit: 'mg/dL', multipleOfUln: 0.57 },
        ],
      },
    };
  },
};
