/**
 * New patient with chronic hepatitis C (B18.2) and cirrhosis (K74.60); liver tests normal today.
 * Spec §4 `condition.hepatic-disease`: us caution (warning), eu contraindicated (critical).
 */
import { alsBackground, bundle, condition, DX, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'hepatic-cirrhosis';

export const hepaticCirrhosis: ClinicalCase = {
  id: ID,
  title: 'Hepatitis C with cirrhosis: caution (US), contraindicated (EU)',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Raymond Pierce', birthDate: '1958-03-03', gender: 'male' }),
        alsBackground(ID, asOf),
        condition(ID, 'hcv', DX.hepatitisC, { onset: daysBefore(asOf, 4000) }),
        condition(ID, 'cirrhosis', DX.cirrhosis, { onset: daysBefore(asOf, 900) }),
        panel(ID, 1, daysBefore(asOf, 20)),
      ),
      expected: { eligibility: 'caution', findings: { 'condition.hepatic-disease': 'warning' } },
      expectedOther: { eligibility: 'contraindicated', findings: { 'condition.hepatic-disease': 'critical' } },
    };
  },
};
