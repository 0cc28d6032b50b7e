import { INTERACTION_EFFECT, STOP_CODES_BY_PRIORITY, TRANSAMINASE_STOP_SUBJECT } from '../../rules';
import type { Evidence, Finding, FindingCode } from '../../rules/types';
import { cleanDisplay, describeEvidence, formatShortDate } from '../shared/format';
import { describeSource } from '../shared/source-text';

/** Rows that fire on the higher of ALT and AST (spec §1 "ALT and AST"): their key result is the higher multiple. */
const ON_HIGHER_TRANSAMINASE: ReadonlySet<FindingCode> = new Set<FindingCode>([
  'baseline.transaminase-above-uln',
  'baseline.transaminase-above-3x',
  'baseline.transaminase-above-5x',
  'baseline.transaminase-history',
  'liver.transaminase-stop',
  'liver.transaminase-stop-history',
  'liver.transaminase-above-3x',
  'liver.transaminase-above-uln',
]);

/**
 * What a critical finding is about when its own title is an order to stop, for a course already
 * stopped ("discontinue" would read as an unmet task). By code, never by the title's words.
 */
const SUBJECT_WITHOUT_ACTION: Partial<Readonly<Record<FindingCode, string>>> = {
  'liver.transaminase-stop': TRANSAMINASE_STOP_SUBJECT,
};

/** Does the finding's title itself tell the clinician to stop riluzole? */
export function titleSaysStop(f: Finding): boolean {
  return SUBJECT_WITHOUT_ACTION[f.code] !== undefined;
}

/** The finding's subject without a stop order, for a stopped course. */
export function subjectOf(f: Finding): string {
  return SUBJECT_WITHOUT_ACTION[f.code] ?? f.title;
}

/**
 * The result a finding rests on. A transaminase row fires on the higher of ALT and AST (spec §1),
 * so cite the higher multiple; other rows list their own result first (the bilirubin of a bilirubin row).
 */
function keyEvidence(f: Finding): Evidence | undefined {
  const valued = f.evidence.filter((e) => e.value !== undefined);
  if (!ON_HIGHER_TRANSAMINASE.has(f.code)) return valued[0];
  return [...valued].sort((a, b) => (b.multipleOfUln ?? -1) - (a.multipleOfUln ?? -1))[0];
}

/** Among critical findings, the one a clinician must act on first (the rules order by date, then code). */
export function rank(f: Finding): number {
  const i = STOP_CODES_BY_PRIORITY.indexOf(f.code);
  return i === -1 ? STOP_CODES_BY_PRIORITY.length : i;
}

export function describeSourceShort(f: Finding): string {
  return describeSource(f.source).short;
}

/**
 * What the finding is about, in the words of its records: "ALT 212 U/L (5.3× ULN) on 2 Oct", or
 * for a record without a value (a drug, a condition) its name, so "CYP1A2 inhibitor" says which drug.
 */
export function citeFinding(f: Finding, asOf: string): string | undefined {
  const e = keyEvidence(f);
  if (!e) {
    const first = f.evidence[0];
    const named = first ? cleanDisplay(first.display) : undefined;
    const redundant =
      named &&
      (f.title.toLowerCase().includes(named.toLowerCase()) || named.toLowerCase().includes(f.title.toLowerCase()));
    // A drug, condition or status with its date, so the line says when it was recorded or started.
    const when = first?.date ? formatShortDate(first.date, asOf) : undefined;
    if (named && !redundant) return when ? `${named} (${when})` : named;
    return when ? `recorded ${when}` : undefined;
  }
  // A Hy's law pattern is a pair: name both halves, or the bilirubin half goes unseen.
  const second =
    f.code === 'liver.hys-law' ? f.evidence.find((x) => x.value !== undefined && x.display !== e.display) : undefined;
  // "… and total bilirubin 2.6 mg/dL", not "… and Total bilirubin": mid-sentence, the name is lower case.
  return second
    ? `${describeEvidence(e, { short: true, asOf })} and ` +
        describeEvidence(second, { short: true, asOf }).replace(/^Total bilirubin/, 'total bilirubin')
    : describeEvidence(e, { short: true, asOf });
}

/** What a finding means for the patient, where its title names only the kind (the rules' words). */
const FINDING_EFFECT: Partial<Readonly<Record<Finding['code'], string>>> = INTERACTION_EFFECT;

/** "ALT 212 U/L (5.3× ULN) on 2 Oct — Stop riluzole (RILUTEK US label 5.1)", with an optional action. */
export function describeFinding(f: Finding, asOf: string, action = FINDING_EFFECT[f.code]): string {
  const cite = citeFinding(f, asOf);
  // "Riluzole allergy recorded (4 Jul): do not start", not "recorded 4 Jul — Riluzole allergy recorded".
  if (cite?.startsWith('recorded ')) {
    const when = /\brecorded\b/i.test(f.title) ? cite.slice('recorded '.length) : cite;
    return `${f.title} (${when})${action ? `: ${action}` : ''} (${describeSourceShort(f)})`;
  }
  const what = action ? `${f.title}: ${action}` : f.title;
  return `${cite ? `${cite} — ` : ''}${what} (${describeSourceShort(f)})`;
}
