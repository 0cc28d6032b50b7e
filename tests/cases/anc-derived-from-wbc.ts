/**
 * On riluzole 4 months; 5 days ago WBC 3.0 ×10³/µL and neutrophils 40 % drawn together, no measured ANC.
 * Spec §3: "ANC: a measured ANC wins; otherwise WBC × neutrophil % / 100 from results with the same
 * date-time ..., marked as derived" = 1.2 ×10⁹/L; §5 `blood.neutropenia` "warning when ≥ 1.0 and < 1.5".
 */
import { alsBackground, bundle, courseLabs, neutPct, panel, patient, riluzoleRequest, wbc } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'anc-derived-from-wbc';

export const ancDerivedFromWbc: ClinicalCase = {
  id: ID,
  title: 'On riluzole: neutrophils 1.2 ×10⁹/L derived from WBC and differential',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const day = daysBefore(asOf, 5);
    return {
      resources: bundle(
        patient(ID, { name: 'Diane Foster', birthDate: '1965-11-11', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, day, { omit: ['anc'] }),
        wbc(ID, 4, day, 3.0),
        neutPct(ID, 4, day, 40),
      ),
      expected: {
        treatment: 'on-riluzole',
        monitoring: 'up-to-date',
        findings: { 'blood.neutropenia': 'warning' },
      },
    };
  },
};
