/**
 * A record full of conditions that do not count: chronic hepatitis C "resolved" (cured), pulmonary
 * fibrosis "refuted", acute pancreatitis "entered-in-error", a riluzole allergy "refuted"; labs normal.
 * Spec §2: "Condition counts unless clinicalStatus is inactive, resolved or remission, or
 * verificationStatus is refuted or entered-in-error; AllergyIntolerance likewise": eligible.
 */
import { alsBackground, bundle, condition, DX, panel, patient, riluzoleAllergy } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'conditions-not-counting';

export const conditionsNotCounting: ClinicalCase = {
  id: ID,
  title: 'Resolved hepatitis C, refuted lung fibrosis and allergy: eligible',
  sandbox: false,
  build(asOf) {
    const expected = {
      eligibility: 'eligible',
      absent: ['condition.hepatic-disease', 'condition.ild', 'condition.pancreatitis', 'allergy.riluzole'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Francis Doyle', birthDate: '1957-02-19', gender: 'male' }),
        alsBackground(ID, asOf),
        condition(ID, 'hcv', DX.hepatitisC, { onset: daysBefore(asOf, 3000), clinicalStatus: 'resolved' }),
        condition(ID, 'ild', DX.ipf, { onset: daysBefore(asOf, 100), verificationStatus: 'refuted' }),
        condition(ID, 'pancreatitis', DX.pancreatitis, {
          onset: daysBefore(asOf, 20),
          verificationStatus: 'entered-in-error',
        }),
        riluzoleAllergy(ID, 1, { verificationStatus: 'refuted', recorded: daysBefore(asOf, 50) }),
        panel(ID, 1, daysBefore(asOf, 10)),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
