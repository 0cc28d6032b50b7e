/**
 * The one sentence a worklist row says (docs/clinical-spec.md §10): why it sits in its rank, and,
 * for a reviewed row, who reviewed it or what is new since. Every value comes from the assessment.
 */
import type { Review, WhatIsNew } from './worklist-review';
import type { WorklistRank } from './worklist-rank';
import { resultText } from './display';
import type { Assessment, Evidence, Finding } from './types';

const trimStop = (s: string): string => s.trim().replace(/[.;:\s]+$/, '');

/** "ALT <300 U/L (at most 7.5× ULN) on 2026-03-04": the value as every screen writes it (rules/display). */
function evidenceWords(e: Evidence): string {
  const result = resultText(e);
  return `${e.display}${result ? ` ${result}` : ''}${e.date ? ` on ${e.date}` : ''}`;
}

/** "Title (ALT 212 U/L on 2026-03-04)": the finding's title and its first piece of evidence. */
export function findingWords(f: Finding): string {
  const first = f.evidence[0];
  return `${trimStop(f.title)}${first ? ` (${evidenceWords(first)})` : ''}`;
}

function nextCheck(a: Assessment): string {
  return a.monitoring.nextDue ? `, next check ${a.monitoring.nextDue}` : '';
}

/** Why the row is in its rank. */
export function rankWords(
  rank: WorklistRank,
  a: Assessment,
  top: Finding | undefined,
  onOrder: boolean,
  notAssessed?: string,
): string {
  switch (rank) {
    case 'critical':
    case 'open-warning':
      return top ? findingWords(top) : `Monitoring ${a.monitoring.status}`;
    case 'overdue':
      return `Monitoring overdue since ${a.monitoring.nextDue ?? 'an unknown date'}`;
    case 'due':
      return `Monitoring due${a.monitoring.nextDue ? ` on ${a.monitoring.nextDue}` : ''}`;
    case 'work-up':
      if (notAssessed !== undefined) return `Could not be assessed: ${trimStop(notAssessed)}`;
      if (top?.code === 'data.read-failed') return trimStop(top.title);
      return `Not on a riluzole order, eligibility ${a.eligibility.status}${top ? `: ${findingWords(top)}` : ''}`;
    case 'rest':
      if (!onOrder)
        return `Not on a riluzole order (treatment ${a.treatment.status}), eligibility ${a.eligibility.status}`;
      // On an order that has not started a course: a planned or future-dated order (spec §1).
      if (a.treatment.status === 'never' || a.treatment.status === 'stopped')
        return (
          `Riluzole order planned or not yet started (treatment ${a.treatment.status}), ` +
          `eligibility ${a.eligibility.status}`
        );
      return `Monitoring ${a.monitoring.status}${nextCheck(a)}`;
    default: {
      const unknown: never = rank;
      return unknown;
    }
  }
}

function reviewWords(r: Review): string {
  const when = r.at.slice(0, 10);
  switch (r.action) {
    case 'acknowledge':
      return `acknowledged by ${r.by} on ${when}`;
    case 'snooze':
      return `snoozed by ${r.by} on ${when} until ${r.until ?? 'an unknown date'}`;
    case 'follow-up':
      return `follow-up arranged by ${r.by} on ${when}`;
    default: {
      const unknown: never = r.action;
      return unknown;
    }
  }
}

function newEvidenceWords(ids: readonly string[], a: Assessment): string {
  const byRef = new Map<string, Evidence>();
  const all: Evidence[] = [
    ...a.findings.flatMap((f) => f.evidence),
    ...Object.values(a.labs).flatMap((rs) => rs ?? []),
    ...a.treatment.evidence,
  ];
  for (const e of all) if (!byRef.has(`${e.resourceType}/${e.id}`)) byRef.set(`${e.resourceType}/${e.id}`, e);
  const words = ids.map((id) => {
    const e = byRef.get(id);
    const kind = id.startsWith('Observation/') ? 'new result' : 'new record';
    return `${kind} ${e ? evidenceWords(e) : id}`;
  });
  return words.join(', ');
}

/** "new result ALT 64 U/L on 2026-10-01, new finding X, Y now critical (was warning), snooze ended on D". */
export function whatIsNewWords(n: WhatIsNew, a: Assessment): string {
  const parts: string[] = [];
  if (n.evidenceIds.length > 0) parts.push(newEvidenceWords(n.evidenceIds, a));
  const title = (code: string): string => trimStop(a.findings.find((f) => f.code === code)?.title ?? code);
  for (const code of n.codes) parts.push(`new finding ${title(code)}`);
  for (const w of n.worse) parts.push(`${title(w.code)} now ${w.now} (was ${w.was})`);
  if (n.snoozeEnded) parts.push(`the snooze ended on ${n.snoozeEnded}`);
  return parts.join(', ');
}

/**
 * The row's sentence.
 * @param base - why the row is in its rank (rankWords)
 * @param a - the assessment
 * @param review - the latest review, if any
 * @param news - what is new since it, when it no longer covers the row
 */
export function rowSentence(base: string, a: Assessment, review: Review | undefined, news?: WhatIsNew): string {
  if (!review) return `${base}.`;
  if (news) return `Re-opened, since the review of ${review.at.slice(0, 10)}: ${whatIsNewWords(news, a)}; ${base}.`;
  return `${base}; ${reviewWords(review)}, nothing new since.`;
}
