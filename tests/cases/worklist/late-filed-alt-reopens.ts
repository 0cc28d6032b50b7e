/**
 * Spec §10: "Dates do not decide this: a result filed late with an old date is still new to the
 * nurse." Thomas Brennan (up to date) was acknowledged; the next export holds a normal ALT dated
 * 100 days ago that the review never saw: the row re-opens and names it. On-riluzole-due was
 * acknowledged and nothing changed: it stays acknowledged, below the open due row.
 */
import { alt } from '../builders';
import { daysBefore } from '../dates';
import type { WorklistCase } from './case';

export const lateFiledAltReopens: WorklistCase = {
  id: 'late-filed-alt-reopens',
  title: 'A late-filed ALT with an old date re-opens an acknowledged row',
  patients: [
    {
      case: 'on-riluzole-up-to-date',
      reviews: [{ action: 'acknowledge', by: 'Practitioner/n1', atDays: -1 }],
      later: (asOf) => [alt('on-riluzole-up-to-date', 90, daysBefore(asOf, 100), 31)],
    },
    { case: 'on-riluzole-due', reviews: [{ action: 'acknowledge', by: 'Practitioner/n1', atDays: -1 }] },
    { case: 'quarterly-grace-last-day' },
  ],
  expected: {
    order: ['quarterly-grace-last-day', 'on-riluzole-due', 'on-riluzole-up-to-date'],
    ranks: { 'on-riluzole-up-to-date': 'rest', 'on-riluzole-due': 'due' },
    states: {
      'on-riluzole-up-to-date': 'reopened',
      'on-riluzole-due': 'acknowledged',
      'quarterly-grace-last-day': 'open',
    },
    reasonIncludes: { 'on-riluzole-up-to-date': 'Re-opened, since the review of 2026-11-24: new result ALT' },
  },
};
