/**
 * Riluzole stopped yesterday; last week ALT 230 U/L (5.75× ULN 40).
 * Spec §5: rows apply "also when `stopped`, over the last course and the `restartGapDays` after its end
 * (so a stop-level ALT last week is not hidden by a stop yesterday)": `liver.transaminase-stop` critical.
 * §4 for a stopped patient the window is [asOf − 90, asOf]: ALT > 5× → us not-recommended, eu
 * contraindicated; the last course had a stop-level result → `baseline.rechallenge`.
 * docs/clinical-spec.md §5.4: monitoring is `not-applicable` for a stopped course even with the
 * critical row, which stays critical; the assessment says it was stopped yesterday after the ALT of
 * last week (`treatment.stoppedOn`, `treatment.stopResult`). Spec v3 §5: the confirmation is asked
 * after a stop too: c = asOf − 4, unanswered and past, so `monitoring.confirm-due` is critical.
 */
import { alsBackground, bundle, courseLabs, panel, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'stopped-with-stop-alt-last-week';

export const stoppedWithStopAltLastWeek: ClinicalCase = {
  id: ID,
  title: 'Riluzole stopped yesterday after ALT 5.8× the upper limit last week',
  sandbox: true,
  build(asOf) {
    const start = addMonths(asOf, -6);
    return {
      resources: bundle(
        patient(ID, { name: 'Michael Dunne', birthDate: '1957-06-06', gender: 'male' }),
        alsBackground(ID, asOf, { alsOnsetDaysAgo: 520, weightKg: 84.3, fvcPct: 64 }),
        riluzoleRequest(ID, 1, { start, end: daysBefore(asOf, 1), status: 'stopped' }),
        courseLabs(ID, start, [1, 2, 3]),
        panel(ID, 6, daysBefore(asOf, 7), { alt: 230, ast: 140 }),
      ),
      expected: {
        treatment: 'stopped',
        courseStart: start,
        monitoring: 'not-applicable',
        stoppedOn: daysBefore(asOf, 1),
        stopResultDate: daysBefore(asOf, 7),
        absent: ['monitoring.due', 'monitoring.overdue'],
        eligibility: 'not-recommended',
        findings: {
          'liver.transaminase-stop': 'critical',
          'monitoring.confirm-due': 'critical',
          'baseline.transaminase-above-5x': 'warning',
          'baseline.rechallenge': 'warning',
        },
      },
      expectedOther: {
        treatment: 'stopped',
        monitoring: 'not-applicable',
        stoppedOn: daysBefore(asOf, 1),
        stopResultDate: daysBefore(asOf, 7),
        eligibility: 'contraindicated',
        findings: {
          'liver.transaminase-stop': 'critical',
          'monitoring.confirm-due': 'critical',
          'baseline.transaminase-above-5x': 'critical',
          'baseline.rechallenge': 'warning',
        },
      },
    };
  },
};
