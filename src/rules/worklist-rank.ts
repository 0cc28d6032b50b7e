/**
 * The rank of one patient on the clinic worklist (docs/clinical-spec.md §10): the first rank that
 * applies of critical, overdue, open warning, due, work-up and the rest.
 */
import { compareFindings } from './findings';
import type { Assessment, Finding, IsoDate, Severity } from './types';

export type WorklistRank = 'critical' | 'overdue' | 'open-warning' | 'due' | 'work-up' | 'rest';

/** The ranks, first to last. */
export const WORKLIST_RANKS: readonly WorklistRank[] = [
  'critical',
  'overdue',
  'open-warning',
  'due',
  'work-up',
  'rest',
];

/**
 * Spec §10 "on a riluzole order": a riluzole record that is active, on hold or planned. Active and on
 * hold are the treatment statuses `on-riluzole` and `paused`; a planned or future order is the note
 * `data.future-or-planned-order`, which the rules write for riluzole records only.
 */
export function onRiluzoleOrder(a: Assessment): boolean {
  const status = a.treatment.status;
  switch (status) {
    case 'on-riluzole':
    case 'paused':
      return true;
    case 'stopped':
    case 'never':
      return a.dataNotes.some((n) => n.code === 'data.future-or-planned-order');
    default: {
      const unknown: never = status;
      return unknown;
    }
  }
}

/**
 * Why a patient could not be fully assessed, or undefined. A whole assessment that failed (a rules
 * error, or the caller's not-assessed reason) and a read that failed (`data.read-failed`) both count.
 * The assessment's own `notAssessed` counts, as does one the caller passes; a `data.rules-error`
 * note (a rule family that failed) stands for it too.
 */
export function notAssessedReason(a: Assessment, notAssessed?: { readonly reason: string }): string | undefined {
  const given = notAssessed ?? a.notAssessed;
  if (given) return given.reason;
  const error = a.dataNotes.find((n) => n.code === 'data.rules-error');
  return error?.detail;
}

/** The finding `data.read-failed` of the assessment, when some data could not be read. */
export function readFailure(a: Assessment): Finding | undefined {
  return a.findings.find((f) => f.code === 'data.read-failed');
}

/** Section 7 rows (supportive care) by their public code prefix. */
const isSupportive = (f: Finding): boolean => f.code.startsWith('supportive.');

/** The newest evidence date of a finding; undefined when none of its evidence is dated. */
export function newestEvidenceDate(f: Finding): IsoDate | undefined {
  return f.evidence.reduce<IsoDate | undefined>(
    (max, e) => (e.date && (!max || e.date > max) ? e.date : max),
    undefined,
  );
}

/**
 * The findings that put a patient in the critical or the open-warning rank: a section 5 row
 * (`monitoring.findings`, the current course or the last within the restart gap), a section 7 row for
 * warnings, or any finding of that severity while on a riluzole order. Ordered as the assessment
 * orders findings (newest evidence first within a severity).
 */
export function rankingFindings(a: Assessment, severity: Severity): Finding[] {
  const onOrder = onRiluzoleOrder(a);
  const section5 = new Set(a.monitoring.findings.filter((f) => f.severity === severity).map((f) => f.code));
  return a.findings
    .filter(
      (f) =>
        f.severity === severity && (section5.has(f.code) || onOrder || (severity === 'warning' && isSupportive(f))),
    )
    .sort(compareFindings);
}

/**
 * The rank of a patient (spec §10), the first that applies.
 * @param a - the patient's assessment
 * @param warningsCovered - true when a review covers the row (an open warning is then not open)
 * @param notAssessed - the reason the patient could not be assessed at all, if so
 */
export function rankOf(a: Assessment, warningsCovered: boolean, notAssessed?: string): WorklistRank {
  // A failed assessment's statuses are placeholders, not judgements: list it for work-up with its reason.
  if (notAssessed !== undefined) return 'work-up';
  if (rankingFindings(a, 'critical').length > 0) return 'critical';
  if (a.monitoring.status === 'overdue') return 'overdue';
  if (!warningsCovered && rankingFindings(a, 'warning').length > 0) return 'open-warning';
  if (a.monitoring.status === 'due') return 'due';
  if (!onRiluzoleOrder(a) && a.eligibility.status !== 'eligible') return 'work-up';
  if (readFailure(a)) return 'work-up';
  return 'rest';
}
