import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment } from '../../rules/types';
import { availabilityFor } from '../shared/availability';
import { FindingList } from '../shared/finding-list';
import { formatDate, formatShortDate } from '../shared/format';
import { hasPlannedRiluzole } from '../shared/planned-riluzole';
import { Panel } from '../shared/panel';
import { StatusBadge } from '../shared/status-badge';
import { monitoringChip } from '../shared/status-chips';
import { ConfirmationNote } from './confirmation-note';
import { ScheduleTimeline } from './schedule-timeline';

interface MonitoringPanelProps {
  readonly assessment: Assessment;
  readonly reads: readonly ReadState[];
}

/** "between 17 Nov and 1 Dec 2026": an ALT drawn before the window opens does not count (spec §5). */
function windowWords(a: Assessment, nextDue: string): string {
  const opens = a.monitoring.schedule.find((p) => p.due === nextDue && p.state !== 'done')?.opens;
  return opens && opens < nextDue
    ? `between ${formatShortDate(opens, nextDue)} and ${formatDate(nextDue)}`
    : `by ${formatDate(nextDue)}`;
}

function nextDueSentence(a: Assessment): string | undefined {
  const { status, nextDue, confirmation } = a.monitoring;
  if (!nextDue) return undefined;
  // The confirmation point says its own date and tests (ConfirmationNote).
  if (confirmation && confirmation.state !== 'answered' && confirmation.due === nextDue) return undefined;
  switch (status) {
    case 'overdue':
      return `ALT overdue since ${formatDate(nextDue)}: draw ALT now.`;
    case 'due':
      // Within the grace period the due date may already be past: "by 19 Nov" on 25 Nov misleads.
      return nextDue < a.asOf
        ? `ALT due since ${formatDate(nextDue)} (still within the grace period): draw ALT now.`
        : `Draw ALT ${windowWords(a, nextDue)}.`;
    case 'up-to-date':
      return `Draw ALT ${windowWords(a, nextDue)}.`;
    case 'stop-recommended':
      return `Stop recommended (see the findings); the schedule would next ask for ALT on ${formatDate(nextDue)}.`;
    case 'not-applicable':
      return undefined;
  }
}

function treatmentSentence(a: Assessment): string {
  const { status, courseStart } = a.treatment;
  const start = courseStart ? formatDate(courseStart) : 'an unknown date (no start recorded)';
  switch (status) {
    case 'on-riluzole':
      return `On riluzole since ${start}.`;
    case 'paused':
      return `Riluzole on hold; course started ${start}. The schedule continues.`;
    case 'stopped':
      return `Riluzole stopped; last course started ${start}. No monitoring schedule.`;
    case 'never':
      // A future start or a planned order is on record but does not start a course (spec §1).
      return hasPlannedRiluzole(a)
        ? 'Riluzole not started yet: a future or planned order is on record (see Medications). No ' +
            'monitoring schedule until it starts.'
        : 'No riluzole recorded: no monitoring schedule.';
  }
}

/** Spec §5: the schedule from the course start and what is due next. */
export function MonitoringPanel({ assessment, reads }: MonitoringPanelProps): ReactElement {
  const { monitoring, treatment } = assessment;
  const labs = availabilityFor(reads, 'labs');
  const next = nextDueSentence(assessment);
  const badge = monitoringChip(assessment, reads);
  return (
    <Panel
      id="rm-monitoring"
      title="Liver-test monitoring"
      status={<StatusBadge tone={badge.tone}>{badge.label}</StatusBadge>}
    >
      <p>{treatmentSentence(assessment)}</p>
      <ConfirmationNote assessment={assessment} />
      {next && <p className="rm-next-due">{next}</p>}
      {labs.kind === 'loading' && monitoring.status !== 'not-applicable' && (
        <p className="rm-muted">Later results are still loading; the schedule may change.</p>
      )}
      {labs.kind === 'failed' && (
        <p className="rm-alert-text">
          Lab results could not be read ({labs.message}): the schedule below may be wrong.
        </p>
      )}
      {monitoring.schedule.length > 0 && (
        <>
          <h3>Schedule</h3>
          <ScheduleTimeline schedule={monitoring.schedule} courseStart={treatment.courseStart} />
        </>
      )}
      {monitoring.findings.length > 0 && (
        <>
          <h3>On-treatment findings</h3>
          <FindingList findings={monitoring.findings} empty="" />
        </>
      )}
    </Panel>
  );
}
