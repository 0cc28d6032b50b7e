import type { ReactElement } from 'react';
import { describeEvidence, formatDate } from '../features/shared/format';
import { StatusBadge } from '../features/shared/status-badge';
import { StatusIcon } from '../features/shared/status-icon';
import { eligibilityChip, monitoringChip } from '../features/shared/status-chips';
import { severityLabel, severityTone } from '../features/shared/tone';
import { summarize } from '../features/summary/summarize';
import type { ReadState } from '../fhir/queries/read-state';
import { NOT_ASSESSED_PARTS } from '../rules';
import type { Assessment, Finding } from '../rules/types';

/**
 * The assessment as the screens must read it: a patient the export could not assess (the run's reason)
 * carries that reason, so no screen shows its placeholder statuses as news.
 */
export function asShown(assessment: Assessment, notAssessed: string | null): Assessment {
  return notAssessed !== null && !assessment.notAssessed
    ? { ...assessment, notAssessed: { reason: notAssessed } }
    : assessment;
}

/** The app's summary line for this patient, in the same words (features/summary). */
export function ActionLine(props: {
  readonly assessment: Assessment;
  readonly reads: readonly ReadState[];
  readonly notAssessed: string | null;
}): ReactElement {
  const s = summarize(asShown(props.assessment, props.notAssessed), props.reads);
  return (
    <p className={`wl-action rm-tone-${s.tone}`}>
      <StatusIcon tone={s.tone} />
      <span>
        <strong>{s.lead}:</strong> {s.text}
      </span>
    </p>
  );
}

/**
 * Eligibility and monitoring as the panels' badges say them. A patient who could not be assessed
 * has placeholder statuses: the chips say so instead of showing them.
 */
export function StatusChips(props: {
  readonly assessment: Assessment;
  readonly reads: readonly ReadState[];
  readonly notAssessed: boolean;
}): ReactElement {
  if (props.notAssessed) return <StatusBadge tone="unknown">{NOT_ASSESSED_PARTS.lead}</StatusBadge>;
  const e = eligibilityChip(props.assessment, props.reads);
  const m = monitoringChip(props.assessment, props.reads);
  return (
    <ul className="wl-chips" aria-label="Status">
      <li>
        <StatusBadge tone={e.tone}>Eligibility: {e.label}</StatusBadge>
      </li>
      <li>
        <StatusBadge tone={m.tone}>Monitoring: {m.label}</StatusBadge>
      </li>
    </ul>
  );
}

/** The finding that drives the row: severity, title, and its first result with ×ULN, grade and date. */
export function DrivingFinding({ finding }: { readonly finding: Finding | null }): ReactElement {
  if (!finding) return <span className="rm-muted">No finding</span>;
  const first = finding.evidence[0];
  return (
    <div className="wl-driving">
      <StatusBadge tone={severityTone(finding.severity)}>{severityLabel(finding.severity)}</StatusBadge>{' '}
      <span>{finding.title}</span>
      {first ? (
        <div className="wl-evidence">
          {describeEvidence(first)}
          {/* Grade 0 is no grade: only an abnormal result has one (as the evidence list says it). */}
          {first.grade !== undefined && first.grade > 0 ? <>, CTCAE grade {first.grade}</> : null}
        </div>
      ) : null}
    </div>
  );
}

export function NextDue({ nextDue }: { readonly nextDue: string | null }): ReactElement {
  return nextDue ? <span>{formatDate(nextDue)}</span> : <span className="rm-muted">None set</span>;
}
