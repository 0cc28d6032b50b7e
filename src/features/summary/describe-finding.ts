import { INTERACTION_EFFECT, STOP_CODES_BY_PRIORITY } from '../../rules';
import type { Evidence, Finding } from '../../rules/types';
import { cleanDisplay, describeEvidence, formatShortDate } from '../shared/format';
import { describeSource } from '../shared/source-text';

/**
 * The result a finding rests on. A transaminase row fires on the higher of ALT and AST (spec §1),
 * so cite the higher multiple; other rows list their own result first (the bilirubin of a bilirubin row).
 */
function keyEvidence(f: Finding): Evidence | undefined {
  const valued = f.evidence.filter((e) => e.value !== undefined);
  if (!f.code.includes('transaminase')) return valued[0];
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
  return second
    ? `${describeEvidence(e, { short: true, asOf })} and ${describeEvidence(second, { short: true, asOf })}`
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
