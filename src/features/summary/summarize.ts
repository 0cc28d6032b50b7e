import type { ReadState } from '../../fhir/queries/read-state';
import { LABELLED_DOSE_WORDS, NOT_ASSESSED_PARTS } from '../../rules';
import type { Assessment, Finding, Severity } from '../../rules/types';
import { availabilityFor } from '../shared/availability';
import { formatDate, formatShortDate } from '../shared/format';
import { hasPlannedRiluzole } from '../shared/planned-riluzole';
import type { Tone } from '../shared/tone';
import { citeFinding, describeFinding, describeSourceShort, rank, subjectOf, titleSaysStop } from './describe-finding';

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
 * The confirmation the rules ask for after a raised result (spec v3 §5), in the line's words:
 * "repeat ALT, AST, ALP and bilirubin by 28 Nov", or "… now (due 21 Nov)" once past. Never suspended.
 */
export function confirmWords(a: Assessment): string | undefined {
  const c = a.monitoring.confirmation;
  if (!c || !a.monitoring.findings.some((f) => f.code === 'monitoring.confirm-due')) return undefined;
  const tests = 'repeat ALT, AST, ALP and bilirubin';
  switch (c.state) {
    case 'answered':
      return undefined;
    case 'due':
      return `${tests} ${c.due === a.asOf ? 'today' : `by ${formatShortDate(c.due, a.asOf)}`}`;
    case 'overdue':
      return `${tests} now (due ${formatShortDate(c.due, a.asOf)})`;
  }
}

const capitalised = (s: string): string => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/**
 * A critical finding with the action it asks for. On treatment with a stop advised, the words
 * "stop riluzole" are said even when the finding's title does not say them (neutropenia, Hy's law);
 * for a course already stopped, "discontinue" would read as an unmet task, so it says stopped.
 */
function criticalSummary(f: Finding, a: Assessment): Summary {
  const confirm = confirmWords(a);
  // Under a stop the confirmation leads: "Stop riluzole; repeat ALT, AST, ALP and bilirubin by 28 Nov".
  const stop = a.treatment.status !== 'stopped' && a.monitoring.status === 'stop-recommended';
  const s = criticalSummaryOf(f, a, confirm !== undefined && stop);
  const paused = a.treatment.status === 'paused' ? ' (riluzole on hold)' : '';
  if (!confirm) return { ...s, text: `${s.text}${paused}` };
  const head = stop ? `Stop riluzole; ${confirm}` : capitalised(confirm);
  if (f.code === 'monitoring.confirm-due') {
    // The request is already the head: say what it confirms, and the guidance by name only.
    const cite = citeFinding(f, a.asOf);
    return { ...s, text: `${head} — to confirm ${cite ?? 'the raised result'} (${describeSourceShort(f)})${paused}` };
  }
  return { ...s, text: `${head} — ${s.text}${paused}` };
}

/**
 * @param stopSaid - the line already begins "Stop riluzole": the finding is then named by its subject,
 *   so the order to stop is said once.
 */
function criticalSummaryOf(f: Finding, a: Assessment, stopSaid = false): Summary {
  const { treatment, monitoring, eligibility, asOf } = a;
  if (treatment.status === 'stopped') {
    const restart =
      eligibility.status === 'not-recommended' || eligibility.status === 'contraindicated'
        ? '; restarting is not recommended (see eligibility)'
        : '';
    const what = subjectOf(f);
    const cite = citeFinding(f, asOf);
    return {
      tone: 'critical',
      lead: 'Critical result',
      text: `${cite ? `${cite} — ` : ''}${what}; riluzole is already stopped${restart} (${describeSourceShort(f)})`,
    };
  }
  const onCourse = treatment.status === 'on-riluzole' || treatment.status === 'paused';
  if (!onCourse && eligibility.status === 'contraindicated') {
    // Before a course, a critical finding is a contraindication (an allergy): the action is not to start.
    return { tone: 'critical', lead: 'Contraindicated', text: describeFinding(f, asOf, 'do not start riluzole') };
  }
  if (stopSaid && f.code !== 'blood.neutropenia') {
    const cite = citeFinding(f, asOf);
    const what = titleSaysStop(f) ? subjectOf(f) : f.title;
    return {
      tone: 'critical',
      lead: 'Action needed',
      text: `${cite ? `${cite} — ` : ''}${what} (${describeSourceShort(f)})`,
    };
  }
  const action =
    onCourse && monitoring.status === 'stop-recommended' && !titleSaysStop(f) && !stopSaid
      ? 'stop riluzole'
      : undefined;
  // US 5.2: every neutropenia finding asks about fever; the line says it beside the stop.
  const fever = f.code === 'blood.neutropenia' ? 'ask about fever and advise reporting any febrile illness' : undefined;
  const said = [action, fever].filter((x): x is string => x !== undefined).join('; ');
  return { tone: 'critical', lead: 'Action needed', text: describeFinding(f, asOf, said || undefined) };
}

/** A non-standard dose names the recorded dose beside the labelled one (spec §5, US 2.1). */
function warningText(f: Finding, a: Assessment): string {
  if (f.code === 'dose.nonstandard' && a.treatment.dailyDoseMg !== undefined) {
    return describeFinding(f, a.asOf, `${a.treatment.dailyDoseMg} mg a day recorded; ${LABELLED_DOSE_WORDS}`);
  }
  return describeFinding(f, a.asOf);
}

/** "by 3 Dec", or "today" on the day itself (a due date already past reads "since"). */
function dueWords(nextDue: string, asOf: string): string {
  if (nextDue === asOf) return 'today';
  return `${nextDue < asOf ? 'since' : 'by'} ${formatShortDate(nextDue, asOf)}`;
}

/**
 * Why eligibility cannot be decided, and the action that fits the reason: a missing baseline ALT
 * is drawn; a failed read is reloaded or checked in the EHR (drawing blood would not fix it).
 */
function insufficientText(eligibilityFindings: readonly Finding[], asOf: string, fallback: string | undefined): string {
  const altMissing = eligibilityFindings.find((f) => f.code === 'baseline.alt-missing');
  const readFailed = eligibilityFindings.find((f) => f.code === 'data.read-failed');
  const reasons = [readFailed, altMissing]
    .filter((f): f is Finding => f !== undefined)
    .map((f) => describeFinding(f, asOf));
  const actions = [
    ...(altMissing ? ['draw a baseline ALT'] : []),
    ...(readFailed ? ['reload or check the EHR record'] : []),
  ];
  if (actions.length === 0)
    return `${fallback ?? 'see eligibility'} — review the eligibility findings before starting riluzole`;
  return `${reasons.join('; ')} — ${actions.join(', and ')} before starting riluzole`;
}

/**
 * The single most important thing on the screen, in words. Order: a critical finding; a failed lab
 * read (never reassuring); warnings; then the schedule or eligibility in plain words.
 */
export function summarize(assessment: Assessment | undefined, reads: readonly ReadState[]): Summary {
  const s = summarizeComplete(assessment, reads);
  // While lab pages stream in, anything short of a critical finding may change: an "overdue" may
  // only mean the answering ALT is on a page not yet read. Say it is provisional.
  if (
    assessment &&
    s.tone !== 'critical' &&
    s.tone !== 'pending' &&
    availabilityFor(reads, 'labs').kind === 'loading'
  ) {
    return {
      tone: 'pending',
      lead: 'Still loading lab results',
      text: `so far — ${s.lead}: ${s.text.replace(STILL_LOADING, '')}`,
    };
  }
  return s;
}

function summarizeComplete(assessment: Assessment | undefined, reads: readonly ReadState[]): Summary {
  const labs = availabilityFor(reads, 'labs');
  if (!assessment) {
    if (labs.kind === 'failed') return { tone: 'unknown', lead: 'Liver tests could not be read', text: labs.message };
    return { tone: 'pending', lead: 'Loading', text: 'reading the patient’s labs and medications from the EHR…' };
  }
  // Nothing below may be read as news when the assessment itself could not be made.
  if (assessment.notAssessed) {
    const { lead, action } = NOT_ASSESSED_PARTS;
    return { tone: 'unknown', lead, text: `${action}. ${assessment.notAssessed.reason}` };
  }
  const { asOf, findings, monitoring, eligibility, treatment } = assessment;
  const critical = findings.filter((f) => f.severity === 'critical').sort((a, b) => rank(a) - rank(b))[0];
  if (critical) return criticalSummary(critical, assessment);
  if (labs.kind === 'failed') {
    return {
      tone: 'unknown',
      lead: 'Liver tests could not be read',
      text: `${labs.message.replace(/\.$/, '')}. The assessment below is incomplete; check the labs in the EHR.`,
    };
  }
  // The pause is the context of every on-course line: "on hold" must not be missed.
  const stillLoading =
    `${treatment.status === 'paused' ? ' (riluzole on hold)' : ''}` + `${labs.kind === 'loading' ? STILL_LOADING : ''}`;
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
    const next = monitoring.nextDue ? formatShortDate(monitoring.nextDue, asOf) : undefined;
    if (warning) {
      // The confirmation of a raised result is the nurse's next task: it leads the line.
      const confirm = confirmWords(assessment);
      if (confirm) {
        return {
          tone: 'warning',
          lead: 'Confirm the raised result',
          text:
            `${confirm} ` +
            '— ' +
            warningText(
              findings.find((w) => w.severity === 'warning' && w.code !== 'monitoring.confirm-due') ?? warning,
              assessment,
            ) +
            stillLoading,
        };
      }
      // A due recheck is the nurse's next task: it must not hide behind the warning.
      const due =
        monitoring.status === 'due' && monitoring.nextDue ? `; ALT due ${dueWords(monitoring.nextDue, asOf)}` : '';
      return { tone: 'warning', lead: 'Review', text: `${warningText(warning, assessment)}${due}${stillLoading}` };
    }
    if (monitoring.status === 'due') {
      return {
        tone: 'info',
        lead: 'ALT due',
        text: `draw ALT ${monitoring.nextDue ? dueWords(monitoring.nextDue, asOf) : 'today'}${stillLoading}`,
      };
    }
    if (monitoring.status === 'up-to-date') {
      return labs.kind === 'loading'
        ? {
            tone: 'pending',
            lead: 'Up to date so far',
            text: `next ALT due ${next ?? 'unknown'}; later results are still loading`,
          }
        : { tone: 'ok', lead: 'Up to date', text: `next ALT due ${next ?? 'unknown'}` };
    }
  } else {
    // Before a course, the question is "can riluzole start?": lead with the eligibility status.
    const reason = warning ? warningText(warning, assessment) : undefined;
    switch (eligibility.status) {
      case 'contraindicated':
      case 'not-recommended':
        return {
          tone: 'warning',
          lead: 'Riluzole not recommended',
          text: `${reason ?? 'see eligibility'}${stillLoading}`,
        };
      case 'insufficient-data':
        return {
          tone: 'unknown',
          lead: 'Insufficient data',
          text: `${insufficientText(eligibility.findings, asOf, reason)}${stillLoading}`,
        };
      case 'caution':
        return { tone: 'warning', lead: 'Use with caution', text: `${reason ?? 'see eligibility'}${stillLoading}` };
      case 'eligible':
        return labs.kind === 'loading'
          ? {
              tone: 'pending',
              lead: 'Eligible so far',
              text: 'baseline liver tests within limits; later results are still loading',
            }
          : {
              tone: 'ok',
              lead: 'Eligible to start riluzole',
              text:
                'baseline liver tests within limits, no contraindication found' +
                (hasPlannedRiluzole(assessment) ? '; a riluzole order is planned (see Medications)' : ''),
            };
    }
  }
  if (warning) return { tone: 'warning', lead: 'Review', text: `${warningText(warning, assessment)}${stillLoading}` };
  const info = findings.find((f) => f.severity === 'info');
  return info
    ? { tone: 'info', lead: 'For information', text: `${describeFinding(info, asOf)}${stillLoading}` }
    : { tone: 'ok', lead: 'Nothing flagged', text: `no finding for this patient${stillLoading}` };
}
