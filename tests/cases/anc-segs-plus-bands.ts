/**
 * On riluzole 4 months; WBC 2.5 ×10⁹/L with segmented neutrophils 38 % (769-0) and bands 2 % (764-1),
 * no measured ANC and no total neutrophil %.
 * Spec §2 neutrophils %: "or segmented 769-0 plus band 764-1" = 40 %; §3 ANC = WBC × % / 100 = 1.0;
 * §5 `blood.neutropenia` "warning when ≥ 1.0 and < 1.5; critical when < 1.0": exactly 1.0 → warning.
 */
import { alsBackground, bundle, courseLabs, lab, AN, panel, patient, riluzoleRequest, wbc } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'anc-segs-plus-bands';

export const ancSegsPlusBands: ClinicalCase = {
  id: ID,
  title: 'On riluzole: neutrophils 1.0 ×10⁹/L from WBC, segs and bands',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const day = daysBefore(asOf, 3);
    const segs = {
      ...AN.neutPct,
      tag: 'segs',
      loinc: '769-0',
      display: 'Neutrophils.segmented/100 leukocytes in Blood by Manual count',
    };
    const bands = {
      ...AN.neutPct,
      tag: 'bands',
      loinc: '764-1',
      display: 'Neutrophils.band form/100 leukocytes in Blood by Manual count',
    };
    return {
      resources: bundle(
        patient(ID, { name: 'Ada Sutton', birthDate: '1960-11-19', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, day, { omit: ['anc'] }),
        wbc(ID, 4, day, 2.5),
        lab(ID, 4, segs, day, 38, { refLow: 40, refHigh: 70 }),
        lab(ID, 4, bands, day, 2, { refLow: 0, refHigh: 5 }),
      ),
      expected: { findings: { 'blood.neutropenia': 'warning' } },
    };
  },
};
