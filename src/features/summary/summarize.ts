import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment, Evidence, Finding, Severity } from '../../rules/types';
import { availabilityFor } from '../shared/availability';
import { describeEvidence, formatDate, formatShortDate } from '../shared/format';
import { describeSource } from '../shared/source-text';
import type { Tone } from '../shared/tone';

const STILL_LOADING = ' (later results are still loading)';

export interface Summary {
  readonly tone: Tone;
  /** The lead words: "Action needed", "Up to date"... */
  readonly lead: string;
  readonly text: string;
}

export type SeverityCounts = Readonly<Record<Severity, number>>;

export function countFindings(findings: readonly Finding[]): SeverityCounts {
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

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
const CRITICAL_PRIORITY: readonly string[] = [
  'liver.transaminase-stop',
  'liver.hys-law',
  'liver.bilirubin-elevated',
  'blood.neutropenia',
  'condition.ild',
  'condition.pancreatitis',
  'allergy.riluzole',
];

function rank(f: Finding): number {
  const i = CRITICAL_PRIORITY.indexOf(f.code);
  return i === -1 ? CRITICAL_PRIORITY.length : i;
}

function describeFinding(f: Finding, asOf: string): string {
  const e = keyEvidence(f);
  if (!e) return `${f.title} (${describeSource(f.source).short})`;
  // A Hy's law pattern is a pair: name both halves, or the bilirubin half goes unseen.
  const second = f.code === 'liver.hys-law' ? f.evidence.find((x) => x.value !== undefined && x.display !== e.display) : undefined;
  const cite = second
    ? `${describeEvidence(e, { short: true, asOf })} and ${describeEvidence(second, { short: true, asOf })}`
    : describeEvidence(e, { short: true, asOf });
  return `${cite} — ${f.title} (${describeSource(f.source).short})`;
}

/**
 * The single most important thing on the screen, in words. Order: a critical finding; a failed lab
 * read (never reassuring); warnings; then the schedule or eligibility in plain words.
 */
export function summarize(assessment: Assessment | undefined, reads: readonly ReadState[]): Summary {
  const s = summarizeComplete(assessment, reads);
  // While lab pages stream in, anything short of a critical finding may change: an "overdue" may
  // only mean the answering ALT is on a page not yet read. Say it is provisional.
  if (assessment && s.tone !== 'critical' && s.tone !== 'pending' && availabilityFor(reads, 'labs').kind === 'loading') {
    return { tone: 'pending', lead: 'Still loading lab results', text: `so far — ${s.lead}: ${s.text.replace(STILL_LOADING, '')}` };
  }
  return s;
}

function summarizeComplete(assessment: Assessment | undefined, reads: readonly ReadState[]): Summary {
  const labs = availabilityFor(reads, 'labs');
  if (!assessment) {
    if (labs.kind === 'failed') return { tone: 'unknown', lead: 'Liver tests could not be read', text: labs.message };
    return { tone: 'pending', lead: 'Loading', text: 'reading the patient’s labs and medications from the EHR…' };
  }
  const { asOf, findings, monitoring, eligibility, treatment } = assessment;
  const critical = findings.filter((f) => f.severity === 'critical').sort((a, b) => rank(a) - rank(b))[0];
  if (critical) return { tone: 'critical', lead: 'Action needed', text: describeFinding(critical, asOf) };
  if (labs.kind === 'failed') {
    return {
      tone: 'unknown',
      lead: 'Liver tests could not be read',
      text: `${labs.message.replace(/\.$/, '')}. The assessment below is incomplete; check the labs in the EHR.`,
    };
  }
  const stillLoading = labs.kind === 'loading' ? STILL_LOADING : '';
  const onCourse = treatment.status === 'on-riluzole' || treatment.status === 'paused';
  if (onCourse && monitoring.status === 'overdue' && monitoring.nextDue) {
    return {
      tone: 'warning',
      lead: 'ALT overdue',
      text: `due since ${formatDate(monitoring.nextDue)} — draw ALT now${stillLoading}`,
    };
  }
  const warning = findings.find((f) => f.severity === 'warning');
  if (onCourse) {
    if (warning) return { tone: 'warning', lead: 'Review', text: `${describeFinding(warning, asOf)}${stillLoading}` };
    const next = monitoring.nextDue ? formatShortDate(monitoring.nextDue, asOf) : undefined;
    if (monitoring.status === 'due') {
      return { tone: 'info', lead: 'ALT due', text: `draw ALT by ${next ?? 'today'}${stillLoading}` };
    }
    if (monitoring.status === 'up-to-date') {
      return labs.kind === 'loading'
        ? { tone: 'pending', lead: 'Up to date so far', text: `next ALT due ${next ?? 'unknown'}; later results are still loading` }
        : { tone: 'ok', lead: 'Up to date', text: `next ALT due ${next ?? 'unknown'}` };
    }
  } else {
    // Before a course, the question is "can riluzole start?": lead with the eligibility status.
    const reason = warning ? describeFinding(warning, asOf) : undefined;
    switch (eligibility.status) {
      case 'contraindicated':
      case 'not-recommended':
        return { tone: 'warning', lead: 'Riluzole not recommended', text: `${reason ?? 'see eligibility'}${stillLoading}` };
      case 'insufficient-data':
        return {
          tone: 'unknown',
          lead: 'Insufficient data',
          text: `${reason ? `${reason} — ` : ''}draw a baseline ALT before starting riluzole${stillLoading}`,
        };
      case 'caution':
        return { tone: 'warning', lead: 'Eligible with caution', text: `${reason ?? 'see eligibility'}${stillLoading}` };
      case 'eligible':
        return labs.kind === 'loading'
          ? { tone: 'pending', lead: 'Eligible so far', text: 'baseline liver tests within limits; later results are still loading' }
          : { tone: 'ok', lead: 'Eligible to start riluzole', text: 'baseline liver tests within limits, no contraindication found' };
    }
  }
  if (warning) return { tone: 'warning', lead: 'Review', text: `${describeFinding(warning, asOf)}${stillLoading}` };
  const info = findings.find((f) => f.severity === 'info');
  return info
    ? { tone: 'info', lead: 'For information', text: `${describeFinding(info, asOf)}${stillLoading}` }
    : { tone: 'ok', lead: 'Nothing flagged', text: `no finding for this patient${stillLoading}` };
}
