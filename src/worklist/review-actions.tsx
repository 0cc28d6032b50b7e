import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactElement } from 'react';
import { addDays } from '../rules';
import type { ReviewAction } from '../rules/worklist';
import { postReview } from './api';
import type { ReviewRequest } from './api-types';
import { ErrorMessage } from './error-message';
import { refreshAfterReview } from './queries';

interface ReviewActionsProps {
  readonly patientId: string;
  readonly csrfToken: string;
  /** The page's local date: a snooze must end after it. */
  readonly today: string;
}

const DONE_WORDS: Readonly<Record<ReviewAction, string>> = {
  acknowledge: 'Acknowledged.',
  snooze: 'Snoozed.',
  'follow-up': 'Follow-up arranged recorded.',
};

/**
 * The nurse's three actions. The note is kept until the server has recorded the review, so a refused
 * or failed request loses nothing typed; the list and the history refresh after it.
 */
export function ReviewActions({ patientId, csrfToken, today }: ReviewActionsProps): ReactElement {
  const client = useQueryClient();
  const id = useId();
  const [note, setNote] = useState('');
  const [until, setUntil] = useState('');
  const [done, setDone] = useState<string>();
  const review = useMutation({
    mutationFn: (body: ReviewRequest) => postReview(patientId, body, csrfToken),
    onSuccess: async (_stored, body) => {
      setNote('');
      setUntil('');
      setDone(DONE_WORDS[body.action]);
      await refreshAfterReview(client, patientId);
    },
  });
  const send = (action: ReviewAction): void => {
    setDone(undefined);
    const trimmed = note.trim();
    review.mutate({
      action,
      ...(action === 'snooze' ? { until } : {}),
      ...(trimmed !== '' ? { note: trimmed } : {}),
    });
  };
  return (
    <section className="wl-actions" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Review</h2>
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <textarea id={`${id}-note`} value={note} maxLength={2000} rows={3} onChange={(e) => setNote(e.target.value)} />
      <div className="wl-action-buttons">
        <button type="button" disabled={review.isPending} onClick={() => send('acknowledge')}>
          Acknowledge
        </button>
        <button type="button" disabled={review.isPending} onClick={() => send('follow-up')}>
          Follow-up arranged
        </button>
        <span className="wl-snooze">
          <label htmlFor={`${id}-until`}>Snooze until</label>{' '}
          <input
            id={`${id}-until`}
            type="date"
            value={until}
            min={addDays(today, 1)}
            onChange={(e) => setUntil(e.target.value)}
          />{' '}
          <button type="button" disabled={review.isPending || until === ''} onClick={() => send('snooze')}>
            Snooze
          </button>
        </span>
      </div>
      {review.isPending ? <p role="status">Saving…</p> : null}
      {done ? <p role="status">{done}</p> : null}
      {review.isError ? <ErrorMessage error={review.error} what="Saving the review" /> : null}
    </section>
  );
}
