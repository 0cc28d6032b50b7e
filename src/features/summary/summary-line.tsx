import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import type { Assessment } from '../../rules/types';
import { StatusBadge } from '../shared/status-badge';
import { StatusIcon } from '../shared/status-icon';
import { countFindings, summarize } from './summarize';

interface SummaryLineProps {
  readonly assessment?: Assessment;
  readonly reads: readonly ReadState[];
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The answer to "is anything wrong, and what do I do", in one line, then the counts. */
export function SummaryLine({ assessment, reads }: SummaryLineProps): ReactElement {
  const summary = summarize(assessment, reads);
  // No counts for an assessment that could not be made: "0 critical" would read as news.
  const counts = assessment && !assessment.notAssessed ? countFindings(assessment.findings) : undefined;
  const pending = reads.filter((r) => r.status === 'loading' || r.status === 'partial').length;
  return (
    <section className="rm-summary" aria-labelledby="rm-summary-heading">
      <h2 id="rm-summary-heading" className="rm-visually-hidden">
        Summary
      </h2>
      <p
        className={`rm-summary-line rm-tone-${summary.tone}`}
        data-testid={assessment ? 'first-data' : undefined}
        aria-busy={assessment ? undefined : true}
      >
        <StatusIcon tone={summary.tone} />
        <span>
          <strong>{summary.lead}:</strong> {summary.text}
        </span>
      </p>
      <div className="rm-summary-meta">
        {/* A zero count is grey: a red "0 critical" reads as an alarm at a glance. */}
        {counts && (
          <ul className="rm-counts" aria-label="Findings by severity">
            <li>
              <StatusBadge tone="critical" muted={counts.critical === 0}>
                {plural(counts.critical, 'critical', 'critical')}
              </StatusBadge>
            </li>
            <li>
              <StatusBadge tone="warning" muted={counts.warning === 0}>
                {plural(counts.warning, 'warning', 'warnings')}
              </StatusBadge>
            </li>
            <li>
              <StatusBadge tone="info" muted={counts.info === 0}>
                {plural(counts.info, 'info', 'info')}
              </StatusBadge>
            </li>
          </ul>
        )}
        {pending > 0 && (
          <p className="rm-loading-note">
            <StatusBadge tone="pending">
              Still loading {pending} of {reads.length} {reads.length === 1 ? 'read' : 'reads'}
            </StatusBadge>{' '}
            <a href="#rm-data-notes">See progress</a>
          </p>
        )}
      </div>
    </section>
  );
}
