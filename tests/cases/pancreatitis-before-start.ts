/**
 * On riluzole 4 months; an episode of acute pancreatitis (K85.90) 2 years before the start, still
 * marked active on the problem list.
 * Spec §5 `condition.pancreatitis`: "acute pancreatitis with onset on or after the course start" — not
 * met; §4 has no pancreatitis row: no finding.
 */
import { alsBackground, bundle, condition, courseLabs, DX, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'pancreatitis-before-start';

export const pancreatitisBeforeStart: ClinicalCase = {
  id: ID,
  title: 'On riluzole, acute pancreatitis two years before the start',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    return {
      resources: bundle(
        patient(ID, { name: 'Opal Fraser', birthDate: '1964-01-16', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        condition(ID, 'pancreatitis', DX.pancreatitis, { onset: daysBefore(start, 730) }),
      ),
      expected: { monitoring: 'up-to-date', eligibility: 'eligible', absent: ['condition.pancreatitis'] },
    };
  },
};
