/**
 * On riluzole 6 months; idiopathic pulmonary fibrosis (J84.112) diagnosed 20 days ago.
 * Spec §5 `condition.ild`: "ILD with onset or recorded date on or after the course start ... critical:
 * discontinue" → monitoring `stop-recommended`; §4 the same code is not-recommended at asOf.
 */
import { alsBackground, bundle, condition, courseLabs, DX, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'ild-on-treatment';

export const ildOnTreatment: ClinicalCase = {
  id: ID,
  title: 'On riluzole: new interstitial lung disease (pulmonary fibrosis)',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -6);
    return {
      resources: bundle(
        patient(ID, { name: 'Frank Osei', birthDate: '1953-10-11', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 600, weightKg: 74.8, fvcPct: 58 }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3, 6]),
        condition(ID, 'ild', DX.ipf, {
          onset: daysBefore(asOf, 20),
          recorded: daysBefore(asOf, 18),
          verificationStatus: 'provisional',
        }),
      ),
      expected: {
        treatment: 'on-riluzole',
        eligibility: 'not-recommended',
        monitoring: 'stop-recommended',
        findings: { 'condition.ild': 'critical' },
      },
    };
  },
};
