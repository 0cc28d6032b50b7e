/**
 * One patient on the worklist page (issue 9) over the real worklist API: the stored assessment in the
 * app's panels with "data as of", the review actions (CSRF header, body) and the refresh after them,
 * and errors shown plainly without losing a typed note.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/rules';
import { ranksOneOfEach } from '../../cases/worklist/ranks-one-of-each';
import { NURSE, worklistBackend, type Backend } from './backend';
import { renderWorklist } from './render-worklist';

let backend: Backend | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
  window.location.hash = '';
});

const posts = (b: Backend) => b.log.filter((r) => r.method === 'POST');
const history = (): HTMLElement => screen.getByRole('list', { name: 'Review history' });

describe('a patient on the worklist page', () => {
  it('opens from the list with the app panels, the data time and an empty review history', async () => {
    backend = await worklistBackend(ranksOneOfEach);
    renderWorklist();
    const user = userEvent.setup();
    const row = (await screen.findAllByRole('row')).find((r) => r.dataset.patient === 'alt-stop-on-treatment');
    await user.click(within(row ?? document.body).getByRole('link'));
    expect(await screen.findByRole('heading', { name: 'Liver-test monitoring' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#patient=alt-stop-on-treatment');
    expect(screen.getByText(/Data as of/)).toHaveTextContent('25 Nov 2026');
    expect(screen.getByRole('heading', { name: /Flagged labs|Flagged results/ })).toBeInTheDocument();
    expect(screen.getByText('No review of this patient yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '← Back to the worklist' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('acknowledges with a note: CSRF header and body sent, history and list refreshed', async () => {
    backend = await worklistBackend(ranksOneOfEach);
    renderWorklist();
    const user = userEvent.setup();
    // The list is read first, so only the review's invalidation can make it read again (staleTime 30 s).
    const before = await screen.findByRole('link', { name: 'Patricia Nguyen' });
    expect(document.querySelector('tr[data-patient="alt-stop-on-treatment"]')).toHaveTextContent('Not reviewed');
    await user.click(before);
    await user.type(await screen.findByLabelText('Note (optional)'), 'Called the patient; repeat drawn');
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(history()).toHaveTextContent('Acknowledged by Practitioner/nurse-1'));
    expect(history()).toHaveTextContent('Note: Called the patient; repeat drawn');
    expect(history()).toHaveTextContent(/What it covered: \d+ findings?, \d+ records?/);
    expect(posts(backend)).toEqual([
      {
        method: 'POST',
        path: '/worklist/api/patients/alt-stop-on-treatment/reviews',
        csrf: NURSE.csrfToken,
        body: { action: 'acknowledge', note: 'Called the patient; repeat drawn' },
      },
    ]);
    expect(screen.getByLabelText('Note (optional)')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: '← Back to the worklist' }));
    await screen.findByRole('table');
    const row = document.querySelector('tr[data-patient="alt-stop-on-treatment"]');
    await waitFor(() => expect(row).toHaveTextContent('Acknowledged'));
    expect(row).toHaveTextContent('acknowledged by Practitioner/nurse-1');
  });

  it('snoozes until a date and follows up: each sends its action, and the history lists both', async () => {
    backend = await worklistBackend(ranksOneOfEach);
    renderWorklist('#patient=on-riluzole-overdue');
    const user = userEvent.setup();
    const until = addDays(backend.today, 7);
    await user.type(await screen.findByLabelText('Snooze until'), until);
    await user.click(screen.getByRole('button', { name: 'Snooze' }));
    await waitFor(() => expect(history()).toHaveTextContent(`Snoozed until ${until}`));
    await user.click(screen.getByRole('button', { name: 'Follow-up arranged' }));
    await waitFor(() => expect(history()).toHaveTextContent('Follow-up arranged by Practitioner/nurse-1'));
    expect(posts(backend).map((p) => p.body)).toEqual([{ action: 'snooze', until }, { action: 'follow-up' }]);
    expect(posts(backend).every((p) => p.csrf === NURSE.csrfToken)).toBe(true);
  });

  it('shows a refused review plainly and keeps the typed note', async () => {
    backend = await worklistBackend(ranksOneOfEach);
    backend.pageToken('stale-token');
    renderWorklist('#patient=alt-stop-on-treatment');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Note (optional)'), 'Left a message');
    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Saving the review failed. The request lacks a valid CSRF token.');
    expect(alert).toHaveTextContent('reload the page');
    expect(screen.getByLabelText('Note (optional)')).toHaveValue('Left a message');
    expect(screen.getByText('No review of this patient yet.')).toBeInTheDocument();
  });

  it('says plainly when the patient is not in the current worklist', async () => {
    backend = await worklistBackend(ranksOneOfEach);
    renderWorklist('#patient=nobody');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Loading the patient failed. No such patient in the current worklist.');
  });
});
