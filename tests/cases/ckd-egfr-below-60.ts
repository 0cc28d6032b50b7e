/**
 * New patient, no CKD on the problem list, eGFR 52 mL/min/1.73 m² 30 days ago.
 * Spec §4 `condition.renal-impairment`: "CKD recorded, or an eGFR < 60 in the last 12 months":
 * us info only (eligible), eu not-recommended (warning).
 */
import { alsBackground, bundle, egfr, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'ckd-egfr-below-60';

export const ckdEgfrBelow60: ClinicalCase = {
  id: ID,
  title: 'eGFR 52 (kidney function reduced): eligible (US), not recommended (EU)',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Gloria Ortiz', birthDate: '1948-08-08', gender: 'female' }),
        alsBackground(ID, asOf),
        egfr(ID, 1, daysBefore(asOf, 30), 52),
        panel(ID, 1, daysBefore(asOf, 30)),
      ),
      expected: { eligibility: 'eligible', findings: { 'condition.renal-impairment': 'info' } },
      expectedOther: { eligibility: 'not-recommended', findings: { 'condition.renal-impairment': 'warning' } },
    };
  },
};
