/**
 * On riluzole 4 months; interstitial lung disease (SNOMED 233703007) with onset on the start day.
 * Spec §5 `condition.ild` "with onset or recorded date on or after the course start": critical
 * (discontinue) → `stop-recommended`.
 */
import { alsBackground, bundle, condition, courseLabs, patient, riluzoleRequest, SNOMED } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'ild-onset-on-start-day';

export const ildOnsetOnStartDay: ClinicalCase = {
  id: ID,
  title: 'On riluzole: interstitial lung disease dated the day riluzole started',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Cecil Booth', birthDate: '1949-07-22', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        condition(
          ID,
          'ild',
          { system: SNOMED, code: '233703007', display: 'Interstitial lung disease' },
          { onset: start },
        ),
      ),
      expected: { monitoring: 'stop-recommended', findings: { 'condition.ild': 'critical' } },
    };
  },
};
