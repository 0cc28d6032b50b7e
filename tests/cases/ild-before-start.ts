/**
 * On riluzole 4 months; interstitial lung disease (J84.9) known since 400 days ago, before the start.
 * Spec §5 `condition.ild`: "warning when known before the start ('review')" – no stop; §4 ILD is
 * not-recommended at asOf.
 */
import { alsBackground, bundle, condition, courseLabs, DX, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'ild-before-start';

export const ildBeforeStart: ClinicalCase = {
  id: ID,
  title: 'On riluzole, interstitial lung disease known before the start: review',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const d = daysBefore(asOf, 400);
    return {
      resources: bundle(
        patient(ID, { name: 'Walter Simmons', birthDate: '1951-09-09', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        condition(ID, 'ild', DX.ildUnspecified, { onset: d, recorded: d }),
      ),
      expected: {
        treatment: 'on-riluzole',
        eligibility: 'not-recommended',
        monitoring: 'up-to-date',
        findings: { 'condition.ild': 'warning' },
      },
    };
  },
};
