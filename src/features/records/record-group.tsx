import type { ReactElement, ReactNode } from 'react';
import { absencePhrase, type Availability } from '../shared/availability';
import { recordCountText } from './record-count';

interface RecordGroupProps {
  readonly title: string;
  readonly count: number;
  readonly availability: Availability;
  /** The records, rendered only when there is at least one. */
  readonly children: ReactNode;
}

/** One kind of record, collapsed by default, with an honest count in its summary. */
export function RecordGroup({ title, count, availability, children }: RecordGroupProps): ReactElement {
  return (
    <details className="rm-record-group" data-kind={title}>
      <summary>
        {title} <span className="rm-record-count">({recordCountText(count, availability)})</span>
      </summary>
      {count === 0 ? (
        <p className="rm-muted">{absencePhrase(title, availability)}</p>
      ) : (
        <>
          {availability.kind === 'failed' && (
            <p className="rm-alert-text">Incomplete: a read failed ({availability.message}); more records may exist.</p>
          )}
          {availability.kind === 'loading' && <p className="rm-muted">More records may still be loading.</p>}
          {children}
        </>
      )}
    </details>
  );
}
