import type { ReactElement } from 'react';
import type { Finding } from '../../rules/types';
import { EvidenceDetails } from './evidence-details';
import { readableDates } from './format';
import { describeSource } from './source-text';
import { StatusBadge } from './status-badge';
import { severityLabel, severityTone } from './tone';

interface FindingItemProps {
  readonly finding: Finding;
}

/** One finding: severity, title, the reason in plain words, its source, and its evidence. */
export function FindingItem({ finding }: FindingItemProps): ReactElement {
  return (
    <li className={`rm-finding rm-finding-${finding.severity}`}>
      <div className="rm-finding-head">
        <StatusBadge tone={severityTone(finding.severity)}>{severityLabel(finding.severity)}</StatusBadge>{' '}
        <span className="rm-finding-title">{finding.title}</span>
      </div>
      <p className="rm-finding-detail">
        {readableDates(finding.detail)} <span className="rm-source">{describeSource(finding.source).text}.</span>
      </p>
      <EvidenceDetails finding={finding} />
    </li>
  );
}
