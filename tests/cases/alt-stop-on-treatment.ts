/**
 * On riluzole 5 months; last week ALT 212 U/L (5.3× ULN 40), AST 100 U/L (2.5×).
 * Spec §5 `liver.transaminase-stop`: us "ALT or AST > 5× ULN", eu "ALT ≥ 5× ULN": critical;
 * monitoring `stop-recommended`, the routine schedule suspended (docs/clinical-spec.md §5.3): month 6
 * is neither due nor upcoming, and no ALT check is raised beside the stop. §1 "a rule that names both
 * fires on the higher multiple", so the lower rows (above-3x, above-uln) do not fire. Spec v3 §5: the
 * confirmation point c = ALT date + 3 = asOf − 4 is unanswered and past: `monitoring.confirm-due`
 * critical, never suspended under a stop.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'alt-stop-on-treatment';

export const altStopOnTreatment: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT 5.3× the upper limit last week: stop',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -5);
    const expected = {
      treatment: 'on-riluzole',
      monitoring: 'stop-recommended',
      suspended: true,
      nextDue: null,
      schedule: [{ due: addMonths(start, 6), state: 'suspended' }],
      findings: { 'liver.transaminase-stop': 'critical', 'monitoring.confirm-due': 'critical' },
      absent: [
        'liver.transaminase-above-3x',
        'liver.transaminase-above-uln',
        'liver.transaminase-stop-history',
        'monitoring.due',
        'monitoring.overdue',
      ],
      labs: [{ analyte: 'alt', id: `${ID}-alt-4`, value: 212, multipleOfUln: 5.3, grade: 3 }],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Patricia Nguyen', birthDate: '1962-12-09', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 420, weightKg: 57.9, fvcPct: 68 }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 7), { alt: 212, ast: 100, bili: 0.9 }),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
