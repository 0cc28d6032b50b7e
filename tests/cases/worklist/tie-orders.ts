/**
 * Spec §10 tie orders: critical and open warnings newest evidence first; overdue the oldest next due
 * first; due the earliest next due first; work-up and the rest by name.
 * Evidence dates at CASE_AS_OF: hys-law 11-22, ast-exactly-5x 11-21 (critical since v3 §5: its AST
 * ≥ 3× ULN was not confirmed within confirmRecheckDays), alt-stop-on-treatment 11-18;
 * bilirubin-elevated-on-treatment 11-19, stop-history-recovered 09-26. Next due: on-riluzole-overdue
 * 09-25, quarterly-grace-passed 11-10, monthly-grace-passed 11-17; quarterly-grace-last-day 11-11,
 * on-riluzole-due 11-25, monthly-window-opens-today 12-02.
 */
import type { WorklistCase } from './case';

export const tieOrders: WorklistCase = {
  id: 'tie-orders',
  title: 'Within each rank, the order the spec gives',
  patients: [
    { case: 'on-riluzole-up-to-date' },
    { case: 'eligible-baseline-normal' },
    { case: 'riluzole-allergy' },
    { case: 'no-baseline-labs' },
    { case: 'monthly-window-opens-today' },
    { case: 'on-riluzole-due' },
    { case: 'quarterly-grace-last-day' },
    { case: 'stop-history-recovered' },
    { case: 'bilirubin-elevated-on-treatment' },
    { case: 'ast-exactly-5x' },
    { case: 'monthly-grace-passed' },
    { case: 'quarterly-grace-passed' },
    { case: 'on-riluzole-overdue' },
    { case: 'alt-stop-on-treatment' },
    { case: 'hys-law' },
  ],
  expected: {
    order: [
      'hys-law',
      'ast-exactly-5x',
      'alt-stop-on-treatment',
      'on-riluzole-overdue',
      'quarterly-grace-passed',
      'monthly-grace-passed',
      'bilirubin-elevated-on-treatment',
      'stop-history-recovered',
      'quarterly-grace-last-day',
      'on-riluzole-due',
      'monthly-window-opens-today',
      'riluzole-allergy', // Grace Whitaker: work-up by name
      'no-baseline-labs', // Robert Kowalski
      'eligible-baseline-normal', // Margaret Ellison: the rest by name
      'on-riluzole-up-to-date', // Thomas Brennan
    ],
  },
};
