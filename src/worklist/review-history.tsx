import type { ReactElement } from 'react';
import { formatInstant } from '../features/shared/format';
import type { StoredReview } from './api-types';

function actionWords(r: StoredReview): string {
  switch (r.action) {
    case 'acknowledge':
      return 'Acknowledged';
    case 'snooze':
      return `Snoozed until ${r.until ?? 'an unknown date'}`;
    case 'follow-up':
      return 'Follow-up arranged';
  }
}

/** Every review of the patient, newest first: who, when, what, the note, and what it covered. */
export function ReviewHistory({ reviews }: { readonly reviews: readonly StoredReview[] }): ReactElement {
  if (reviews.length === 0) return <p className="rm-muted">No review of this patient yet.</p>;
  const newestFirst = [...reviews].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
  return (
    <ol className="wl-history" aria-label="Review history">
      {newestFirst.map((r) => (
        <li key={r.id}>
          <p>
            <strong>{actionWords(r)}</strong> by {r.by} on {formatInstant(r.at)}
          </p>
          {r.note ? <p className="wl-note">Note: {r.note}</p> : null}
          <details>
            <summary>
              What it covered: {r.findings.length} {r.findings.length === 1 ? 'finding' : 'findings'},{' '}
              {r.evidenceIds.length} {r.evidenceIds.length === 1 ? 'record' : 'records'}
            </summary>
            <ul>
              {r.findings.map((f) => (
                <li key={f.code}>
                  {f.code} ({f.severity})
                </li>
              ))}
            </ul>
            <p className="rm-request">{r.evidenceIds.join(' ')}</p>
          </details>
        </li>
      ))}
    </ol>
  );
}
