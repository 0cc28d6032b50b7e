/**
 * Riluzole put on hold (MedicationRequest status on-hold) after ALT 130 U/L (3.25× ULN) 20 days ago.
 * Spec §1: "`paused` when an on-hold record covers" asOf; §5 "a `paused` course keeps its schedule";
 * `liver.transaminase-above-3x` (warning). Spec v3 §5 "Confirmation after a raised result": above 3×
 * ULN the confirmation point c = ALT date + confirmRecheckDays (3) = asOf − 17 replaces the 14-day
 * recheck; never suspended, paused too. Unanswered and past: `monitoring.confirm-due` critical,
 * monitoring `overdue`, `nextDue` = c (earlier than u = S+6 months); no recheck point.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'paused-on-hold';

export const pausedOnHold: ClinicalCase = {
  id: ID,
  title: 'Riluzole on hold after ALT 3.3× the upper limit: confirmation overdue',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -5);
    return {
      resources: bundle(
        patient(ID, { name: 'Elena Petrova', birthDate: '1963-11-27', gender: 'female' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 480, weightKg: 60.1, fvcPct: 69 }),
        riluzoleRequest(ID, 1, { start, status: 'on-hold' }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 4, daysBefore(asOf, 20), { alt: 130, ast: 90 }),
      ),
      expected: {
        treatment: 'paused',
        courseStart: start,
        monitoring: 'overdue',
        nextDue: daysBefore(asOf, 17),
        findings: { 'liver.transaminase-above-3x': 'warning', 'monitoring.confirm-due': 'critical' },
        absent: ['liver.transaminase-stop', 'monitoring.due'],
      },
    };
  },
};
