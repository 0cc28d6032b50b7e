/**
 * On riluzole 4 months; 5 days ago ALT 3.40 µkat/L against a range of ≤ 0.68 µkat/L: exactly 5×.
 * Spec §1: "compared with thresholds after rounding to 6 decimals (3.40 / 0.68 is exactly 5)";
 * §5 stop threshold: us "ALT or AST > 5× ULN" (not met → `liver.transaminase-above-3x` warning), eu
 * "ALT ≥ 5× ULN" (met → `liver.transaminase-stop` critical, `stop-recommended`). Under us the latest
 * ALT is above 3× ULN: the confirmation point c = ALT date + confirmRecheckDays (3) = asOf − 2 replaces
 * the 14-day recheck (spec v3 §5); unanswered and past, so `monitoring.confirm-due` is critical and
 * monitoring `overdue` with nextDue c. Under eu the stop finding leads; the confirmation is still asked.
 */
import { alsBackground, alt, ast, bundle, courseLabs, patient, riluzoleRequest } from './builders';
import type { ClinicalCase } from './case';
import { addMonths, daysBefore } from './dates';

const ID = 'alt-exactly-5x-ukat';

export const altExactly5xUkat: ClinicalCase = {
  id: ID,
  title: 'On riluzole: ALT exactly 5× the upper limit in µkat/L (EU stop, US monitor)',
  sandbox: false,
  build(asOf) {
    const start = addMonths(asOf, -4);
    const day = daysBefore(asOf, 5);
    return {
      resources: bundle(
        patient(ID, { name: 'Astrid Nilsson', birthDate: '1964-02-29', gender: 'female' }),
        alsBackground(ID, asOf),
        riluzoleRequest(ID, 1, { start }),
        courseLabs(ID, start, [1, 2, 3]),
        alt(ID, 9, day, 3.4, { unit: 'µkat/L', refHigh: 0.68 }),
        ast(ID, 9, day, 0.5, { unit: 'µkat/L', refHigh: 0.6 }),
      ),
      expected: {
        monitoring: 'overdue',
        nextDue: daysBefore(asOf, 2),
        findings: { 'liver.transaminase-above-3x': 'warning', 'monitoring.confirm-due': 'critical' },
        absent: ['liver.transaminase-stop'],
        labs: [{ analyte: 'alt', id: `${ID}-alt-9`, value: 204, multipleOfUln: 5 }],
      },
      expectedOther: {
        monitoring: 'stop-recommended',
        findings: { 'liver.transaminase-stop': 'critical', 'monitoring.confirm-due': 'critical' },
        absent: ['liver.transaminase-above-3x'],
      },
    };
  },
};
