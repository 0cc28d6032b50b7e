/**
 * The eligibility and monitoring badges, decided once: the panels show them in their headings and the
 * clinic worklist shows them on each row, so a row can never read better than the patient's screen.
 */
import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment } from '../../rules/types';
import { availabilityFor } from './availability';
import type { Tone } from './tone';
import { eligibilityLabel, eligibilityTone, monitoringLabel, monitoringTone, qualifyReassurance } from './tone';

export interface Chip {
  readonly tone: Tone;
  readonly label: string;
}

/** Spec §4: on a course, the start is judged from the baseline labs alone (the rules' startStatus). */
export function eligibilityChip(assessment: Assessment, reads: readonly ReadState[]): Chip {
  const { eligibility, treatment } = assessment;
  const atStart = treatment.status === 'on-riluzole' || treatment.status === 'paused';
  const judged = atStart ? (eligibility.startStatus ?? eligibility.status) : eligibility.status;
  const badge = qualifyReassurance(
    eligibilityTone(judged),
    eligibilityLabel(judged),
    availabilityFor(reads, 'labs').kind,
  );
  if (!atStart) return badge;
  // A green tick beside a critical on-treatment finding would read as "all is well", so it is then a neutral fact.
  const critical = assessment.findings.some((f) => f.severity === 'critical');
  return { tone: critical && badge.tone === 'ok' ? 'info' : badge.tone, label: `${badge.label} at the start` };
}

/**
 * Whether the schedule's due or overdue status is the confirmation after a raised result (spec §5:
 * ALT, AST, ALP and bilirubin), not a routine ALT: the rules put its date in `nextDue`.
 */
export function confirmationDrives(assessment: Assessment): boolean {
  const { confirmation, nextDue } = assessment.monitoring;
  return confirmation !== undefined && confirmation.state !== 'answered' && confirmation.due === nextDue;
}

/** Spec §5: the schedule's status, never green beside a critical finding. */
export function monitoringChip(assessment: Assessment, reads: readonly ReadState[]): Chip {
  const { monitoring, treatment } = assessment;
  const qualified = qualifyReassurance(
    monitoringTone(monitoring.status),
    monitoringLabel(monitoring.status, confirmationDrives(assessment)),
    availabilityFor(reads, 'labs').kind,
  );
  // "Up to date" in green beside a critical finding would read as "all is well"; the schedule is
  // only one part of the answer.
  const critical = monitoring.findings.some((f) => f.severity === 'critical');
  if (critical && qualified.tone === 'ok') return { tone: 'info', label: 'Checks up to date' };
  // "Stop recommended" for a drug already stopped reads as an unmet task.
  if (monitoring.status === 'stop-recommended' && treatment.status === 'stopped')
    return { tone: qualified.tone, label: 'Stop-level result; riluzole stopped' };
  return qualified;
}
