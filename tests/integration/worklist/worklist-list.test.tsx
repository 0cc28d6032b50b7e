/**
 * The worklist page's list (issue 9) over the real worklist API: sign-in first, the rows in rank
 * order in the app's words, filters, CSV, a run with failed types, a patient not assessed.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { summarize } from '../../../src/features/summary/summarize';
import { notAssessedListed } from '../../cases/worklist/not-assessed-listed';
import { ranksOneOfEach } from '../../cases/worklist/ranks-one-of-each';
import { snoozeEnds } from '../../cases/worklist/snooze-ends';
import { buildCase } from '../../unit/rules/worklist-fixtures';
import { exportReads } from '../../../src/worklist/export-reads';
import { worklistBackend, type Backend } from './backend';
import { renderWorklist } from './render-worklist';
import { server } from '../support/server';

let backend: Backend | undefined;
afterEach(async () => {
  await backend?.close();
  backend = undefined;
});

const rowOf = (id: string): HTMLElement => {
  const row = document.querySelector<HTMLElement>(`tr[data-patient="${id}"]`);
  if (!row) throw new Error(`no row for ${id}`);
  return row;
};
const order = (): string[] =>
  [...document.querySelectorAll<HTMLElement>('tbody tr[data-patient]')].map((r) => r.dataset.patient ?? '');

describe('the worklist page', () => {
  it('shows only a sign-in link, and asks for no patient data, before sign-in', async () => {
    backend = await worklistBackend(ranksOneOfEach, { signedIn: false });
    renderWorklist();
    const link = await screen.findByRole('link', { name: 'Sign in' });
    expect(link).toHaveAttribute('href', '/worklist/login');
    expect(document.body.textContent).not.toMatch(/Nguyen|alt-stop|Critical/);
    expect(backend.log.map((r) => r.path)).toEqual(['/worklist/api/session']);
  });

  it('lists every patient in rank order, with the app summary line, chips, finding and review', async () => {
    backend = await worklistBackend(ranksOneOfEach);
    renderWorklist();
    await screen.findByRole('table');
    expect(order()).toEqual(ranksOneOfEach.expected.order);
    expect(screen.getByText(/Data as of/)).toHaveTextContent('25 Nov 2026');
    const stop = rowOf('alt-stop-on-treatment');
    // The app's own summary line for this assessment, word for word.
    const entry = buildCase(ranksOneOfEach).entries.find((e) => e.assessment.patient.id === 'alt-stop-on-treatment');
    const reads = exportReads({ failedTypes: [], unavailable: [], groupId: 'als-clinic' });
    const line = summarize(entry?.assessment, reads);
    expect(line.lead).toBe('Action needed');
    expect(within(stop).getByText(`${line.lead}:`).parentElement).toHaveTextContent(line.text.replace(/\s+/g, ' '));
    expect(stop).toHaveTextContent(/Critical/);
    expect(stop).toHaveTextContent(/\d× ULN/);
    expect(stop).toHaveTextContent(/CTCAE grade \d/);
    expect(stop).toHaveTextContent('Not reviewed');
    expect(within(stop).getByRole('link')).toHaveAttribute('href', '#patient=alt-stop-on-treatment');
    expect(rowOf('on-riluzole-overdue')).toHaveTextContent('ALT overdue');
    expect(rowOf('on-riluzole-overdue')).toHaveTextContent('Monitoring: ALT overdue');
    expect(rowOf('no-baseline-labs')).toHaveTextContent('Not on a riluzole order');
    expect(rowOf('on-riluzole-up-to-date')).toHaveTextContent('Monitoring: Up to date');
  });

  it('filters by rank, finding code and review state, keeping the rank order', async () => {
    backend = await worklistBackend(snoozeEnds);
    renderWorklist();
    await screen.findByRole('table');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Review'), 'snoozed');
    expect(order()).toEqual(['monthly-grace-passed']);
    await user.selectOptions(screen.getByLabelText('Review'), 'unreviewed');
    expect(order()).toEqual(['on-riluzole-overdue', 'quarterly-grace-passed']);
    expect(rowOf('on-riluzole-overdue')).toHaveTextContent('Re-opened');
    expect(rowOf('on-riluzole-overdue')).toHaveTextContent('the snooze ended on 2026-12-02');
    await user.selectOptions(screen.getByLabelText('Review'), 'all');
    await user.selectOptions(screen.getByLabelText('Finding'), 'monitoring.overdue');
    expect(order()).toEqual(snoozeEnds.expected.order);
    await user.selectOptions(screen.getByLabelText('Review'), 'reviewed');
    expect(order()).toEqual(['monthly-grace-passed']);
    await user.selectOptions(screen.getByLabelText('Rank'), 'overdue');
    expect(order()).toEqual(['monthly-grace-passed']);
  });

  it('offers the rows as CSV in rank order', async () => {
    backend = await worklistBackend(ranksOneOfEach);
    renderWorklist();
    const link = await screen.findByRole('link', { name: 'Export CSV' });
    const csv = await (await fetch(new URL(link.getAttribute('href') ?? '', window.location.href))).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^rank,tier,patientId,name,age/);
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual(ranksOneOfEach.expected.order);
    expect(lines[1]).toMatch(/^1,critical,alt-stop-on-treatment,/);
  });

  it('says before any row that a run with failed types is incomplete, and never shows it as up to date', async () => {
    backend = await worklistBackend(ranksOneOfEach, { failedTypes: ['Observation'] });
    renderWorklist();
    const banner = await screen.findByTestId('failed-types');
    expect(banner).toHaveAttribute('role', 'alert');
    expect(banner).toHaveTextContent('Could not be read for every patient: Observation.');
    expect(banner.compareDocumentPosition(screen.getByRole('table')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const upToDate = rowOf('on-riluzole-up-to-date');
    expect(upToDate).not.toHaveTextContent(/Monitoring: Up to date$|Monitoring: Up to date\b(?!\?)/);
    expect(upToDate).toHaveTextContent('Up to date? Labs could not be read');
    expect(upToDate.querySelector('.rm-tone-ok')).toBeNull();
  });

  it('lists a patient who could not be assessed, with the reason and no status chips', async () => {
    backend = await worklistBackend(notAssessedListed);
    renderWorklist();
    await screen.findByRole('table');
    expect(order()).toEqual(notAssessedListed.expected.order);
    const row = rowOf('eligible-baseline-normal');
    expect(row).toHaveTextContent('Work-up');
    expect(row).toHaveTextContent('Could not be assessed: the export held no readable Patient resource');
    expect(row).not.toHaveTextContent('Eligibility: Eligible');
    expect(row).toHaveTextContent('Could not be assessed: review the record.');
    expect(row.querySelector('.rm-tone-ok')).toBeNull();
  });

  it('shows a lapsed session with the sign-in link, and a network failure plainly', async () => {
    backend = await worklistBackend(ranksOneOfEach);
    server.use(http.get('*/worklist/api/rows', () => HttpResponse.json({ error: 'Sign in.' }, { status: 401 })));
    const first = renderWorklist();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Loading the worklist failed.');
    expect(within(alert).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/worklist/login');
    first.unmount();
    server.use(http.get('*/worklist/api/rows', () => HttpResponse.error()));
    renderWorklist();
    expect(await screen.findByRole('alert')).toHaveTextContent('could not be reached (network error)');
  });
});
