import type { ReactElement } from 'react';
import type { Finding } from '../../rules/types';
import { EvidenceList } from './evidence-list';
import { describeSource } from './source-text';

interface EvidenceDetailsProps {
  readonly finding: Finding;
}

/**
 * A native disclosure: keyboard-operable and announced as expandable without any script. The
 * finding's reason is already shown above it, so this holds the source and the records only.
 */
export function EvidenceDetails({ finding }: EvidenceDetailsProps): ReactElement {
  const source = describeSource(finding.source);
  return (
    <details className="rm-evidence">
      <summary>
        {finding.evidence.length === 0 ? 'Source' : 'Evidence'}
        <span className="rm-visually-hidden"> for {finding.title}</span>{' '}
        {finding.evidence.length === 0
          ? '(no usable record)'
          : `(${finding.evidence.length} ${finding.evidence.length === 1 ? 'record' : 'records'})`}
      </summary>
      <div className="rm-evidence-body">
        <p>
          <strong>Source:</strong> {source.text}
        </p>
        <EvidenceList evidence={finding.evidence} />
        <p className="rm-muted">
          Rule code <code>{finding.code}</code>
        </p>
      </div>
    </details>
  );
}
