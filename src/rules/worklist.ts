/**
 * The clinic worklist (docs/clinical-spec.md §10): one row per patient, ranked by what needs a nurse
 * today, with the state of the nurse's review. Pure: the assessments, the reviews and `today` are inputs.
 */
import {
  rankOf,
  rankingFindings,
  newestEvidenceDate,
  notAssessedReason,
  onRiluzoleOrder,
  readFailure,
} from './worklist-rank';
import type { WorklistRank } from './worklist-rank';
import { WORKLIST_RANKS } from './worklist-rank';
import { rankWords, rowSentence } from './worklist-reason';
import { isCovered, latestReview, whatIsNew } from './worklist-review';
import type { Review, WhatIsNew } from './worklist-review';
import { compareFindings } from './findings';
import type { Assessment, Finding, IsoDate, Severity } from './types';

export type ReviewState = 'open' | 'acknowledged' | 'snoozed' | 'follow-up' | 'reopened';

/** One patient as the worklist receives it. */
export interface WorklistEntry {
  readonly assessment: Assessment;
  /** The patient's reviews, in the order they were recorded (append-only). */
  readonly reviews: readonly Review[];
  /** Set when the patient could not be assessed at all (the reason, in one sentence). */
  readonly notAssessed?: { readonly reason: string };
}

export interface WorklistRow {
  /** The position, 1 to N. */
  readonly position: number;
  readonly rank: WorklistRank;
  readonly patientId: string;
  readonly name?: string;
  readonly reviewState: ReviewState;
  /** The finding that drives the row, or null. */
  readonly topFinding: { readonly code: string; readonly severity: Severity } | null;
  /** The driving finding in full (title, detail, evidence), for the screens. */
  readonly driving?: Finding;
  /** One sentence: why the row is here, and what its review covers or what is new since. */
  readonly reason: string;
  /** True when some data could not be read, or the patient could not be assessed. */
  readonly incomplete: boolean;
  readonly assessment: Assessment;
  readonly latestReview?: Review;
}

function stateOf(review: Review | undefined, covered: boolean): ReviewState {
  if (!review) return 'open';
  if (!covered) return 'reopened';
  switch (review.action) {
    case 'acknowledge':
      return 'acknowledged';
    case 'snooze':
      return 'snoozed';
    case 'follow-up':
      return 'follow-up';
    default: {
      const unknown: never = review.action;
      return unknown;
    }
  }
}

function drivingFinding(rank: WorklistRank, a: Assessment): Finding | undefined {
  const byCode = (code: string): Finding | undefined => a.findings.find((f) => f.code === code);
  switch (rank) {
    case 'critical':
      return rankingFindings(a, 'critical')[0];
    case 'open-warning':
      return rankingFindings(a, 'warning')[0];
    case 'overdue':
      return byCode('monitoring.overdue') ?? a.findings[0];
    case 'due':
      return byCode('monitoring.due') ?? a.findings[0];
    case 'work-up':
      return readFailure(a) ?? [...a.eligibility.findings].sort(compareFindings)[0] ?? a.findings[0];
    case 'rest':
      return a.findings[0];
    default: {
      const unknown: never = rank;
      return unknown;
    }
  }
}

interface Ranked {
  readonly row: Omit<WorklistRow, 'position'>;
  /** Reviewed rows that the review still covers sit below the open rows of their rank. */
  readonly covered: boolean;
  /** The rank's own tie key (a date), compared as the rank says. */
  readonly tieDate?: IsoDate;
}

function rankEntry(entry: WorklistEntry, today: IsoDate): Ranked {
  const a = entry.assessment;
  const review = latestReview(entry.reviews);
  const news: WhatIsNew | undefined = review ? whatIsNew(review, a, today) : undefined;
  const covered = review !== undefined && news !== undefined && isCovered(news);
  const notAssessed = notAssessedReason(a, entry.notAssessed);
  const rank = rankOf(a, covered, notAssessed);
  const driving = drivingFinding(rank, a);
  const base = rankWords(rank, a, driving, onRiluzoleOrder(a), notAssessed);
  const tieDate =
    rank === 'critical' || rank === 'open-warning'
      ? rankingFindings(a, rank === 'critical' ? 'critical' : 'warning')
          .map(newestEvidenceDate)
          .reduce<IsoDate | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined)
      : rank === 'overdue' || rank === 'due'
        ? a.monitoring.nextDue
        : undefined;
  return {
    covered,
    ...(tieDate ? { tieDate } : {}),
    row: {
      rank,
      patientId: a.patient.id,
      ...(a.patient.name ? { name: a.patient.name } : {}),
      reviewState: stateOf(review, covered),
      topFinding: driving ? { code: driving.code, severity: driving.severity } : null,
      ...(driving ? { driving } : {}),
      reason: rowSentence(base, a, review, covered ? undefined : news),
      incomplete: notAssessed !== undefined || readFailure(a) !== undefined,
      assessment: a,
      ...(review ? { latestReview: review } : {}),
    },
  };
}

/** Undated first (missing data is never good news), then by date in the rank's direction. */
function compareTie(rank: WorklistRank, a?: IsoDate, b?: IsoDate): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  switch (rank) {
    case 'critical':
    case 'open-warning':
      return a > b ? -1 : 1; // newest evidence first
    case 'overdue':
    case 'due':
      return a < b ? -1 : 1; // oldest (earliest) next due first
    case 'work-up':
    case 'rest':
      return 0; // by name
    default: {
      const unknown: never = rank;
      return unknown;
    }
  }
}

function compareNames(a: Ranked['row'], b: Ranked['row']): number {
  if (a.name !== b.name) {
    if (a.name === undefined) return 1;
    if (b.name === undefined) return -1;
    const byName = a.name.localeCompare(b.name, 'en');
    if (byName !== 0) return byName;
  }
  return a.patientId < b.patientId ? -1 : a.patientId > b.patientId ? 1 : 0;
}

function compareRanked(x: Ranked, y: Ranked): number {
  const r = WORKLIST_RANKS.indexOf(x.row.rank) - WORKLIST_RANKS.indexOf(y.row.rank);
  if (r !== 0) return r;
  if (x.covered !== y.covered) return x.covered ? 1 : -1;
  return compareTie(x.row.rank, x.tieDate, y.tieDate) || compareNames(x.row, y.row);
}

/**
 * Rank the clinic's patients (spec §10).
 * @param entries - one per patient: the assessment of the latest export and the patient's reviews
 * @param today - the date the list is read on; a snooze ends on its `until` date
 * @returns the rows in rank order, positions 1 to N
 */
export function buildWorklist(entries: readonly WorklistEntry[], today: IsoDate): WorklistRow[] {
  return entries
    .map((e) => rankEntry(e, today))
    .sort(compareRanked)
    .map((r, i) => ({ position: i + 1, ...r.row }));
}

export type { WorklistRank } from './worklist-rank';
export { WORKLIST_RANKS, onRiluzoleOrder } from './worklist-rank';
export type { Review, ReviewAction, ReviewScope, SeenFinding, WhatIsNew } from './worklist-review';
export { REVIEW_ACTIONS, reviewScope, whatIsNew, isCovered } from './worklist-review';
