/**
 * On riluzole 5 months; ANC 0.4 ×10⁹/L (WBC 1.9) four days ago.
 * Spec §5 `blood.neutropenia`: "critical when < 1.0 ×10⁹/L; below 0.5 the detail says 'severe (US 5.2)'";
 * critical `blood.neutropenia` makes monitoring `stop-recommended`. CTCAE grade 4 (< 0.5).
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest, wbc } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'severe-neutropenia';

export const severeNeutropenia: ClinicalCase = {
  id: ID,
  title: 'On riluzole: severe neutropenia (neutrophils 0.4 ×10⁹/L)',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -5);
    const day = daysBefore(asOf, 4);
    const expected = {
      treatment: 'on-riluzole',
      monitoring: 'stop-recommended',
      findings: { 'blood.neutropenia': 'critical' },
      labs: [{ analyte: 'anc', id: `${ID}-anc-4`, value: 0.4, grade: 4 }],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Susan Delgado', birthDate: '1960-02-23', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 450, weightKg: 55.6, fvcPct: 63 }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, day, { anc: 0.4 }),
        wbc(ID, 4, day, 1.9),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
