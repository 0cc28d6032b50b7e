/**
 * New patient whose only liver tests are exactly 90 days old, written 01:00 at +10:00.
 * Spec §4 window "[asOf − baselineDays, asOf]" (default 90); §1 "both ends included". §1 "taken as its first 10 characters as written, never shifted to UTC": 01:00+10:00 on day −90 is day −91 in UTC, but counts as day −90: eligible.
 */
import { alsBackground, bundle, panel, patient } from './builders';
import type { ClinicalCase } from './case';
import { daysBefore } from './dates';

const ID = 'date-not-shifted-to-utc';

export const dateNotShiftedToUtc: ClinicalCase = {
  id: ID,
  title: 'Liver tests at 01:00 (+10:00) on the window edge: dates not shifted to UTC',
  sandbox: false,
  build(asOf) {
    return {
      resources: bundle(
        patient(ID, { name: 'Mei Tanaka', birthDate: '1969-02-21', gender: 'female' }),
        alsBackground(ID, asOf),
        panel(ID, 1, daysBefore(asOf, 90), { opts: { time: 'T01:00:00+10:00' } }),
      ),
      expected: { eligibility: 'eligible', absent: ['baseline.alt-missing'] },
    };
  },
};
