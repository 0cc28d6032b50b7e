/**
 * Spec §10: "Reviewed rows sit below the open rows of their rank", and a warning a review covers is
 * no longer an open warning (the row takes the next rank that applies). Hys-law has newer evidence
 * than alt-stop-on-treatment but is acknowledged, so it comes second; on-riluzole-overdue is older
 * than monthly-grace-passed but has a follow-up arranged; bilirubin-elevated-on-treatment (up to date)
 * drops from open warning to the rest. ast-exactly-5x is an open critical row (its raised AST was not
 * confirmed in time, spec v3 §5) with newer evidence than alt-stop-on-treatment.
 */
import type { WorklistCase } from './case';

export const reviewedRowsBelowOpen: WorklistCase = {
  id: 'reviewed-rows-below-open',
  title: 'Reviewed rows below the open rows of their rank',
  patients: [
    {
      case: 'bilirubin-elevated-on-treatment',
      reviews: [{ action: 'acknowledge', by: 'Practitioner/n1', atDays: -1 }],
    },
    { case: 'ast-exactly-5x' },
    { case: 'on-riluzole-overdue', reviews: [{ action: 'follow-up', by: 'Practitioner/n1', atDays: 0 }] },
    { case: 'monthly-grace-passed' },
    {
      case: 'hys-law',
      reviews: [{ action: 'acknowledge', by: 'Practitioner/n2', atDays: 0, note: 'Neurologist called' }],
    },
    { case: 'alt-stop-on-treatment' },
  ],
  expected: {
    order: [
      'ast-exactly-5x',
      'alt-stop-on-treatment',
      'hys-law',
      'monthly-grace-passed',
      'on-riluzole-overdue',
      'bilirubin-elevated-on-treatment',
    ],
    ranks: {
      'hys-law': 'critical',
      'on-riluzole-overdue': 'overdue',
      'bilirubin-elevated-on-treatment': 'rest',
    },
    states: {
      'alt-stop-on-treatment': 'open',
      'hys-law': 'acknowledged',
      'on-riluzole-overdue': 'follow-up',
      'bilirubin-elevated-on-treatment': 'acknowledged',
    },
    reasonIncludes: {
      'hys-law': 'acknowledged by Practitioner/n2',
      'on-riluzole-overdue': 'follow-up arranged by Practitioner/n1',
    },
  },
};
