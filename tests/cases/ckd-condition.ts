/**
 * New patient with chronic kidney disease stage 4 (N18.4) on the problem list, no eGFR result.
 * Spec §2 CKD "ICD-10-CM N18.3x–N18.6"; §4 `condition.renal-impairment`: us info, eu not-recommended.
 */
import { alsBackground, bundle, condition, DX, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'ckd-condition';

export const ckdCondition: ClinicalCase = {
  id: ID,
  title: 'Chronic kidney disease stage 4 on the problem list',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Eugene Park', birthDate: '1946-01-30', gender: 'male' }),
        alsBackground(ID, asOf),
        condition(ID, 'ckd', DX.ckd4, { onset: daysBefore(asOf, 1200) }),
        panel(ID, 1, daysBefore(asOf, 25)),
      ),
      expected: { eligibility: 'eligible', findings: { 'condition.renal-impairment': 'info' } },
      expectedOther: { eligibility: 'not-recommended', findings: { 'condition.renal-impairment': 'warning' } },
    };
  },
};
