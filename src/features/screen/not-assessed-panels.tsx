import type { ReactElement } from 'react';
import { NOT_ASSESSED_PARTS, NOT_ASSESSED_WORDS } from '../../rules';
import { ANALYTES, type Assessment } from '../../rules/types';
import { describeEvidence } from '../shared/format';
import { Panel } from '../shared/panel';
import { StatusBadge } from '../shared/status-badge';

interface NotAssessedPanelsProps {
  readonly assessment: Assessment;
  readonly reason: string;
}

function StatusPanel({ id, title, reason }: { readonly id: string; readonly title: string; readonly reason: string }) {
  return (
    <Panel id={id} title={title} status={<StatusBadge tone="unknown">{NOT_ASSESSED_PARTS.lead}</StatusBadge>}>
      <p className="rm-alert-text">
        {NOT_ASSESSED_WORDS}. {reason}
      </p>
    </Panel>
  );
}

/**
 * In place of the judged panels when the assessment could not be made (issue 8.2): each status
 * says so, and the lab values the rules read are still listed, newest first, as plain facts.
 */
export function NotAssessedPanels({ assessment, reason }: NotAssessedPanelsProps): ReactElement {
  const results = ANALYTES.flatMap((a) => assessment.labs[a] ?? []);
  return (
    <>
      <StatusPanel id="rm-monitoring" title="Liver-test monitoring" reason={reason} />
      <StatusPanel id="rm-eligibility" title="Eligibility" reason={reason} />
      <Panel id="rm-results" title="Results on record">
        {results.length > 0 ? (
          <ul>
            {results.map((r) => (
              <li key={`${r.resourceType}/${r.id}`}>
                {describeEvidence(r)} <span className="rm-muted">[{`${r.resourceType}/${r.id}`}]</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>No usable result could be listed: see the records read from the EHR below.</p>
        )}
      </Panel>
    </>
  );
}
