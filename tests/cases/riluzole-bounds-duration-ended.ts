/**
 * An "active" riluzole order started 120 days ago for a boundsDuration of 90 days (ended 30 days ago),
 * never renewed.
 * Spec §1 end: "else start + boundsDuration"; covering needs "start ≤ asOf ≤ end": not covered,
 * "stopped when there are past records"; monitoring `not-applicable`.
 */
import { alsBackground, bundle, patient, panel, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, daysBefore } from './dates';

const ID = 'riluzole-bounds-duration-ended';

export const riluzoleBoundsDurationEnded: ClinicalCase = {
  id: ID,
  title: 'Riluzole order for 90 days that ended a month ago, not renewed',
  sandbox: false,
  build(asOf) {
    const start = daysBefore(asOf, 120);
    return {
      resources: bundle(
        patient(ID, { name: 'Marian Holt', birthDate: '1953-12-07', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start, boundsDurationDays: 90 }),
        panel(ID, 0, addDays(start, -6)),
        panel(ID, 1, addDays(start, 30)),
        panel(ID, 2, addDays(start, 61)),
      ),
      expected: { treatment: 'stopped', courseStart: start, monitoring: 'not-applicable' },
    };
  },
};
