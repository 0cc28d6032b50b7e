/**
 * On riluzole 4 months; no liver test before the start; tests on months 1, 2 and 3.
 * Spec §4 "For a patient on riluzole whose course already has a usable ALT, baseline.alt-missing stays
 * a warning and the status stays insufficient-data"; §5 the month-3 ALT answers every opened point
 * (p0 included): u = S+6, up-to-date; on the timeline p0's first answer (month 1) came after the
 * month-1 window opened: `missed`.
 */
import { alsBackground, bundle, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths } from './dates';

const ID = 'on-riluzole-no-baseline';

export const onRiluzoleNoBaseline: ClinicalCase = {
  id: ID,
  title: 'On riluzole 4 months, started without baseline liver tests',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const m = (k: number): string => addMonths(start, k);
    return {
      resources: bundle(
        patient(ID, { name: 'Joan Pratt', birthDate: '1958-03-31', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        panel(ID, 1, m(1)),
        panel(ID, 2, m(2)),
        panel(ID, 3, m(3)),
      ),
      expected: {
        eligibility: 'insufficient-data',
        monitoring: 'up-to-date',
        nextDue: m(6),
        findings: { 'baseline.alt-missing': 'warning' },
        schedule: [
          { due: start, state: 'missed' },
          { due: m(1), state: 'done' },
        ],
      },
    };
  },
};
