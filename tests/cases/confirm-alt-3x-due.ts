/**
 * On riluzole 5 months; 2 days ago ALT 124 U/L (3.1× ULN 40), AST 60 (1.5×), nothing since.
 * Spec v3 §5 "Confirmation after a raised result": c = ALT date + confirmRecheckDays (3) = asOf + 1;
 * unanswered and not yet past: `monitoring.confirm-due` warning, monitoring `due` with nextDue c (not
 * month 6, a month away); the 14-day recheck is replaced. `liver.transaminase-above-3x` warning.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addDays, addMonths, daysBefore } from './dates';

const ID = 'confirm-alt-3x-due';

export const confirmAlt3xDue: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT 3.1× the upper limit 2 days ago, not yet repeated: confirm by tomorrow',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -5);
    const expected = {
      treatment: 'on-riluzole',
      monitoring: 'due',
      nextDue: addDays(asOf, 1),
      findings: { 'liver.transaminase-above-3x': 'warning', 'monitoring.confirm-due': 'warning' },
      absent: ['liver.transaminase-stop'],
    } as const;
    return {
      resources: bundle(
        patient(ID, { name: 'Helen Ward', birthDate: '1961-03-02', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 400, weightKg: 62.4, fvcPct: 74 }),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 2), { alt: 124, ast: 60 }),
      ),
      expected,
      expectedOther: expected,
    };
  },
};
