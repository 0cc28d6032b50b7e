/**
 * On riluzole 5 months; 10 days ago ALT 124 U/L (3.1× ULN 40); 6 days ago ALT 70, AST 45, ALP 100.
 * Spec v3 §5: the confirmation point is "answered by an ALT and an AST dated after the raised
 * result": no `monitoring.confirm-due`. The latest ALT (1.75×) is above the ULN and at most 3×: the
 * 14-day recheck r = asOf + 8 applies again, not yet open: `up-to-date`, nextDue r.
 */
import { alp, alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths, daysBefore } from './dates';

const ID = 'confirm-alt-3x-answered';

export const confirmAlt3xAnswered: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT 3.1× the upper limit, repeated 4 days later at 1.8×',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -5);
    const expected = {
      treatment: 'on-riluzole',
      monitoring: 'up-to-date',
      nextDue: addDays(asOf, 8),
      findings: { 'liver.transaminase-above-uln': 'info' },
      absent: ['monitoring.confirm-due', 'liver.transaminase-above-3x'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Oscar Lindqvist', birthDate: '1958-08-19', gender: 'male' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 10), { alt: 124, ast: 60 }),
        panel(ID, 5, daysBefore(asOf, 6), { alt: 70, ast: 45 }),
        alp(ID, 5, daysBefore(asOf, 6), 100),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
