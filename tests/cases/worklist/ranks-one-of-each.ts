/**
 * Spec §10: one patient of each rank, given in reverse order; the worklist puts them back as
 * critical, overdue, open warning, due, work-up, the rest.
 */
import type { WorklistCase } from './case';

export const ranksOneOfEach: WorklistCase = {
  id: 'ranks-one-of-each',
  title: 'One patient of each rank, no reviews',
  patients: [
    { case: 'on-riluzole-up-to-date' },
    { case: 'no-baseline-labs' },
    { case: 'on-riluzole-due' },
    { case: 'bilirubin-elevated-on-treatment' },
    { case: 'on-riluzole-overdue' },
    { case: 'alt-stop-on-treatment' },
  ],
  expected: {
    order: [
      'alt-stop-on-treatment',
      'on-riluzole-overdue',
      'bilirubin-elevated-on-treatment',
      'on-riluzole-due',
      'no-baseline-labs',
      'on-riluzole-up-to-date',
    ],
    ranks: {
      'alt-stop-on-treatment': 'critical',
      'on-riluzole-overdue': 'overdue',
      'bilirubin-elevated-on-treatment': 'open-warning',
      'on-riluzole-due': 'due',
      'no-baseline-labs': 'work-up',
      'on-riluzole-up-to-date': 'rest',
    },
    states: {
      'alt-stop-on-treatment': 'open',
      'on-riluzole-up-to-date': 'open',
    },
    reasonIncludes: {
      'on-riluzole-overdue': 'overdue since',
      'no-baseline-labs': 'Not on a riluzole order',
    },
  },
};
