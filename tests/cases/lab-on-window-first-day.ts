/**
 * On riluzole about 2 months; the month-2 ALT was drawn 7 days before the month-2 point p2, on the
 * first day of its window.
 * Spec §5: "A usable ALT dated d answers every point whose window has opened by d (p − early ≤ d)":
 * p2 is answered (`done`); u = S+3 months, whose window has not opened: `up-to-date`.
 */
import { alsBackground, bundle, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths } from './dates';

const ID = 'lab-on-window-first-day';

export const labOnWindowFirstDay: ClinicalCase = {
  id: ID,
  title: 'On riluzole 2 months: month-2 test drawn a week early counts',
  sandbox: false,
  build(asOf) {
    const start = addDays(addMonths(asOf, -2), -10);
    const p1 = addMonths(start, 1);
    const p2 = addMonths(start, 2);
    return {
      resources: bundle(
        patient(ID, { name: 'Fiona Burke', birthDate: '1967-01-01', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        panel(ID, 0, addDays(start, -5)),
        panel(ID, 1, p1),
        panel(ID, 2, addDays(p2, -7)),
      ),
      expected: {
        monitoring: 'up-to-date',
        nextDue: addMonths(start, 3),
        schedule: [
          { due: p1, state: 'done' },
          { due: p2, state: 'done' },
          { due: addMonths(start, 3), state: 'upcoming' },
        ],
      },
    };
  },
};
