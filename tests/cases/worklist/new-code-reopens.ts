/**
 * Spec §10: a finding code the review did not see re-opens the row, with no new result at all.
 * Thomas Brennan was acknowledged up to date; 50 days later the S+6 months window has opened
 * (2027-01-11), so the assessment holds `monitoring.due`: re-opened, in the due rank.
 */
import type { WorklistCase } from './case';

export const newCodeReopens: WorklistCase = {
  id: 'new-code-reopens',
  title: 'A new finding code re-opens an acknowledged row',
  exportAsOfDays: 50,
  patients: [
    { case: 'on-riluzole-up-to-date', reviews: [{ action: 'acknowledge', by: 'Practitioner/n1', atDays: 0 }] },
  ],
  expected: {
    order: ['on-riluzole-up-to-date'],
    ranks: { 'on-riluzole-up-to-date': 'due' },
    states: { 'on-riluzole-up-to-date': 'reopened' },
    reasonIncludes: { 'on-riluzole-up-to-date': 'new finding' },
  },
};
