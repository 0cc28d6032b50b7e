/**
 * The nurse's review of a worklist row and the rule that decides whether it still covers the row
 * (docs/clinical-spec.md §10): a review records the finding codes, their severities and the evidence
 * resource ids it saw, and covers the row until the assessment holds evidence, a finding code or a worse
 * severity it did not see, or its snooze date comes. Dates of results do not decide this: a result filed
 * late with an old date is still new to the nurse.
 */
import { severityRank } from './findings';
import type { Analyte, Assessment, IsoDate, Severity } from './types';

export type ReviewAction = 'acknowledge' | 'snooze' | 'follow-up';

export const REVIEW_ACTIONS: readonly ReviewAction[] = ['acknowledge', 'snooze', 'follow-up'];

/** What a review saw of one finding. */
export interface SeenFinding {
  readonly code: string;
  readonly severity: Severity;
}

/** What a review saw: every finding with its severity, and every evidence resource ("Type/id"). */
export interface ReviewScope {
  readonly findings: readonly SeenFinding[];
  readonly evidenceIds: readonly string[];
}

/** One review action, as recorded (append-only). */
export interface Review extends ReviewScope {
  readonly action: ReviewAction;
  /** Who: the reviewer's fhirUser (or the command line's --by). */
  readonly by: string;
  /** When: an ISO date-time. */
  readonly at: string;
  /** Snooze: the date on which the snooze ends (the row re-opens on that date). */
  readonly until?: IsoDate;
  readonly note?: string;
}

/**
 * The lab results a review sees besides the findings' evidence: the liver and blood tests the rules
 * judge, so that a new ALT re-opens the row even when it is normal or dated before older results.
 * Weight, FVC, temperature and eGFR re-open it only through a finding that cites them.
 */
const REVIEWED_ANALYTES: readonly Analyte[] = [
  'alt',
  'ast',
  'bilirubinTotal',
  'bilirubinDirect',
  'alp',
  'ggt',
  'anc',
  'wbc',
  'neutrophilPct',
];

const ref = (e: { readonly resourceType: string; readonly id: string }): string => `${e.resourceType}/${e.id}`;

/** The evidence resources of an assessment a review sees, in first-seen order, each once. */
export function evidenceIdsOf(a: Assessment): string[] {
  const ids = new Set<string>();
  for (const f of a.findings) for (const e of f.evidence) ids.add(ref(e));
  for (const analyte of REVIEWED_ANALYTES) for (const r of a.labs[analyte] ?? []) ids.add(ref(r));
  for (const e of a.treatment.evidence) ids.add(ref(e));
  return [...ids];
}

/**
 * What a review of this assessment records: each finding code once with its severity, and the
 * evidence resource ids.
 * @param a - the assessment the reviewer saw
 */
export function reviewScope(a: Assessment): ReviewScope {
  return { findings: a.findings.map((f) => ({ code: f.code, severity: f.severity })), evidenceIds: evidenceIdsOf(a) };
}

/** Why a review no longer covers a row; empty lists when it still does. */
export interface WhatIsNew {
  readonly evidenceIds: readonly string[];
  readonly codes: readonly string[];
  readonly worse: readonly { readonly code: string; readonly was: Severity; readonly now: Severity }[];
  /** The snooze's end date, when it has come. */
  readonly snoozeEnded?: IsoDate;
}

/**
 * What the assessment holds that the review did not see.
 * @param review - the latest review of the patient
 * @param a - the patient's current assessment
 * @param today - the date the worklist is read on (a snooze ends on its `until` date)
 */
export function whatIsNew(review: Review, a: Assessment, today: IsoDate): WhatIsNew {
  const seenIds = new Set(review.evidenceIds);
  const seen = new Map<string, Severity>();
  for (const f of review.findings) {
    const prev = seen.get(f.code);
    if (!prev || severityRank(f.severity) < severityRank(prev)) seen.set(f.code, f.severity);
  }
  const codes: string[] = [];
  const worse: { code: string; was: Severity; now: Severity }[] = [];
  for (const f of a.findings) {
    const was = seen.get(f.code);
    if (was === undefined) codes.push(f.code);
    else if (severityRank(f.severity) < severityRank(was)) worse.push({ code: f.code, was, now: f.severity });
  }
  const evidenceIds = evidenceIdsOf(a).filter((id) => !seenIds.has(id));
  const snoozeEnded = review.action === 'snooze' && review.until !== undefined && today >= review.until;
  return { evidenceIds, codes, worse, ...(snoozeEnded ? { snoozeEnded: review.until } : {}) };
}

/** True when nothing is new: the review still covers the row. */
export function isCovered(n: WhatIsNew): boolean {
  return n.evidenceIds.length === 0 && n.codes.length === 0 && n.worse.length === 0 && n.snoozeEnded === undefined;
}

/** The latest review (by `at`, then by position: the list is append-only). */
export function latestReview(reviews: readonly Review[]): Review | undefined {
  let latest: Review | undefined;
  for (const r of reviews) if (!latest || r.at >= latest.at) latest = r;
  return latest;
}
