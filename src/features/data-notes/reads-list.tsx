import type { ReactElement } from 'react';
import type { ReadState } from '../../fhir/queries/read-state';
import { StatusBadge } from '../shared/status-badge';
import { readProgress } from './read-progress';

interface ReadsListProps {
  readonly reads: readonly ReadState[];
  readonly onRetry: (readId: string) => void;
}

/** Every FHIR query the app made, with its progress; failed ones can be retried. */
export function ReadsList({ reads, onRetry }: ReadsListProps): ReactElement {
  if (reads.length === 0) return <p className="rm-muted">No FHIR read has started yet.</p>;
  return (
    <ul className="rm-reads" aria-label="FHIR reads">
      {reads.map((r) => {
        const p = readProgress(r);
        return (
          <li key={r.id} data-read={r.id} data-status={r.status}>
            <div className="rm-read-head">
              <span className="rm-read-label">{r.label}</span>
              <StatusBadge tone={p.tone}>{p.text}</StatusBadge>
              {r.status === 'error' && (
                <button type="button" onClick={() => onRetry(r.id)} aria-label={`Retry: ${r.label}`}>
                  Retry
                </button>
              )}
            </div>
            <details className="rm-request-details">
              <summary>Request</summary>
              <code className="rm-request">GET {r.request}</code>
            </details>
            {r.warnings.length > 0 && (
              <ul className="rm-warnings" aria-label={`Warnings from the EHR for ${r.label}`}>
                {r.warnings.map((w, i) => (
                  <li key={`${i}-${w}`}>EHR warning: {w}</li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
