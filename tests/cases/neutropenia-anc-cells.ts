/**
 * On riluzole 4 months; ANC 1450 cells/uL (range 1500–7800 cells/uL), WBC 3.9 K/uL.
 * Spec §3 ANC "/uL, cells/uL, /mm3 (÷ 1000)", "K/uL ... (same number)": ANC 1.45 ×10⁹/L;
 * §5 `blood.neutropenia` "warning when ≥ 1.0 and < 1.5"; CTCAE grade 2 (< 1.5–1.0).
 */
import { alsBackground, anc, bundle, courseLabs, panel, patient, riluzoleRequest, wbc } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'neutropenia-anc-cells';

export const neutropeniaAncCells: ClinicalCase = {
  id: ID,
  title: 'On riluzole: neutrophils 1450 cells/µL (mild neutropenia)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const day = daysBefore(asOf, 4);
    return {
      resources: bundle(
        patient(ID, { name: 'Julian Reed', birthDate: '1957-08-28', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, day, { omit: ['anc'] }),
        anc(ID, 4, day, 1450, { unit: 'cells/uL', refLow: 1500, refHigh: 7800 }),
        wbc(ID, 4, day, 3.9, { unit: 'K/uL', refLow: 4.0, refHigh: 11.0 }),
      ),
      expected: {
        findings: { 'blood.neutropenia': 'warning' },
        absentDataNotes: ['data.unit-unrecognized'],
        labs: [
          { analyte: 'anc', id: `${ID}-anc-4`, value: 1.45, unit: '10*9/L', grade: 2 },
          { analyte: 'wbc', id: `${ID}-wbc-4`, value: 3.9, unit: '10*9/L' },
        ],
      },
    };
  },
};
