/**
 * Spec §10: a snooze covers the row until its date; on that date the row re-opens. Read 7 days
 * after the export: on-riluzole-overdue's snooze ended on day 7 (re-opened, and oldest first);
 * monthly-grace-passed's runs to day 8 (still snoozed, below the open overdue row).
 */
import type { WorklistCase } from './case';

export const snoozeEnds: WorklistCase = {
  id: 'snooze-ends',
  title: 'A snooze ends on its date',
  todayDays: 7,
  patients: [
    { case: 'monthly-grace-passed', reviews: [{ action: 'snooze', by: 'Practitioner/n1', atDays: 0, untilDays: 8 }] },
    { case: 'quarterly-grace-passed' },
    { case: 'on-riluzole-overdue', reviews: [{ action: 'snooze', by: 'Practitioner/n1', atDays: 0, untilDays: 7 }] },
  ],
  expected: {
    order: ['on-riluzole-overdue', 'quarterly-grace-passed', 'monthly-grace-passed'],
    states: {
      'on-riluzole-overdue': 'reopened',
      'quarterly-grace-passed': 'open',
      'monthly-grace-passed': 'snoozed',
    },
    reasonIncludes: {
      'on-riluzole-overdue': 'the snooze ended on 2026-12-02',
      'monthly-grace-passed': 'until 2026-12-03',
    },
  },
};
