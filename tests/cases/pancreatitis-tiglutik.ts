/**
 * On TIGLUTIK (riluzole 5 mg/mL suspension, RxNorm 2059266) 10 mL twice daily for 4 months; acute
 * pancreatitis (K85.90) 5 days ago.
 * Spec §5 `condition.pancreatitis` "with onset on or after the course start: critical" →
 * `stop-recommended`; daily dose "in mL of suspension (× 5 mg)" = 10 × 2 × 5 = 100 mg: no dose finding.
 */
import { alsBackground, bundle, condition, courseLabs, DX, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'pancreatitis-tiglutik';

export const pancreatitisTiglutik: ClinicalCase = {
  id: ID,
  title: 'On riluzole suspension (TIGLUTIK): acute pancreatitis',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Philip Morgan', birthDate: '1956-12-24', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(
          ID,
          1,
          {
            start,
            dose: {
              value: 10,
              unit: 'mL',
              frequency: 2,
              period: 1,
              periodUnit: 'd',
              text: '10 mL by mouth twice daily',
            },
          },
          { kind: 'concept', rxnorm: '2059266', display: 'TIGLUTIK 50 MG per 10 ML Oral Suspension' },
        ),
        courseLabs(ID, start, [1, 2, 3]),
        condition(ID, 'pancreatitis', DX.pancreatitis, { onset: daysBefore(asOf, 5) }),
      ),
      expected: {
        treatment: 'on-riluzole',
        dailyDoseMg: 100,
        monitoring: 'stop-recommended',
        findings: { 'condition.pancreatitis': 'critical' },
        absent: ['dose.nonstandard'],
      },
    };
  },
};
