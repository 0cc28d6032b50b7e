/**
 * The list's filters: by rank (spec §10), by finding code, and by the state of the review. Filtering
 * only hides rows; the order is always the rank order the server computed.
 */
import type { ReviewState, WorklistRank } from '../rules/worklist';
import { WORKLIST_RANKS } from '../rules/worklist';
import type { RowRecord } from './api-types';

export type ReviewFilter = 'all' | 'unreviewed' | 'reviewed' | 'snoozed';

export interface Filters {
  readonly rank: WorklistRank | 'all';
  /** A finding code any of the patient's findings has, or 'all'. */
  readonly code: string;
  readonly review: ReviewFilter;
}

export const NO_FILTERS: Filters = { rank: 'all', code: 'all', review: 'all' };

/** The names of the ranks, as docs/clinical-spec.md §10 calls them. */
export function rankLabel(rank: WorklistRank): string {
  switch (rank) {
    case 'critical':
      return 'Critical';
    case 'overdue':
      return 'Overdue';
    case 'open-warning':
      return 'Open warning';
    case 'due':
      return 'Due';
    case 'work-up':
      return 'Work-up';
    case 'rest':
      return 'The rest';
  }
}

export function reviewLabel(state: ReviewState): string {
  switch (state) {
    case 'open':
      return 'Not reviewed';
    case 'acknowledged':
      return 'Acknowledged';
    case 'snoozed':
      return 'Snoozed';
    case 'follow-up':
      return 'Follow-up arranged';
    case 'reopened':
      return 'Re-opened';
  }
}

function reviewMatches(filter: ReviewFilter, state: ReviewState): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'unreviewed':
      // A re-opened row has something the review did not see: it needs a nurse again.
      return state === 'open' || state === 'reopened';
    case 'reviewed':
      return state === 'acknowledged' || state === 'follow-up' || state === 'snoozed';
    case 'snoozed':
      return state === 'snoozed';
  }
}

export function applyFilters(rows: readonly RowRecord[], f: Filters): RowRecord[] {
  return rows.filter(
    (r) =>
      (f.rank === 'all' || r.tier === f.rank) &&
      (f.code === 'all' || r.assessment.findings.some((x) => x.code === f.code)) &&
      reviewMatches(f.review, r.reviewState),
  );
}

/**
 * The finding codes on the list, each once, sorted, with how many patients have it. The code, not a
 * title: titles carry one patient's values.
 */
export function findingCodes(rows: readonly RowRecord[]): { code: string; patients: number }[] {
  const codes = new Map<string, number>();
  for (const r of rows) {
    for (const code of new Set(r.assessment.findings.map((f) => f.code))) codes.set(code, (codes.get(code) ?? 0) + 1);
  }
  return [...codes].map(([code, patients]) => ({ code, patients })).sort((a, b) => a.code.localeCompare(b.code, 'en'));
}

/** The ranks present, in rank order. */
export function ranksPresent(rows: readonly RowRecord[]): WorklistRank[] {
  return WORKLIST_RANKS.filter((k) => rows.some((r) => r.tier === k));
}
