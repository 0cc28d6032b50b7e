/**
 * Three ALTs on one date: 30 U/L at 08:00, 130 U/L at 15:00, 35 U/L at 22:00 (the newest time).
 * Spec §1 "Latest. The usable result with the newest date; on one date, the worse one (higher ×ULN)":
 * the latest is 130 U/L (3.25×) → `baseline.transaminase-above-3x`: us caution, eu contraindicated.
 */
import { alsBackground, alt, ast, bili, bundle, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'same-day-worse-alt';

export const sameDayWorseAlt: ClinicalCase = {
  id: ID,
  title: 'Two ALTs on one day (30 and 130 U/L): the worse one counts',
  sandbox: false,
  build(asOf) {
    const day = daysBefore(asOf, 5);
    return {
      resources: bundle(
        patient(ID, { name: 'Gregory Lamb', birthDate: '1965-01-05', gender: 'male' }),
        alsBackground(ID, asOf),
        alt(ID, 1, day, 30, { time: 'T08:00:00-05:00' }),
        alt(ID, 2, day, 130, { time: 'T15:00:00-05:00' }),
        alt(ID, 3, day, 35, { time: 'T22:00:00-05:00' }),
        ast(ID, 1, day, 30),
        bili(ID, 1, day, 0.6),
      ),
      expected: { eligibility: 'caution', findings: { 'baseline.transaminase-above-3x': 'warning' } },
      expectedOther: { eligibility: 'contraindicated', findings: { 'baseline.transaminase-above-3x': 'critical' } },
    };
  },
};
