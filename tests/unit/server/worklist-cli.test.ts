/**
 * `npm run worklist -- list|review|history` as child processes on a temp database (issue 9
 * "Interfaces that outside checks rely on").
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runWorklist, seedDatabase } from './worklist-cli-helpers';

const dir = mkdtempSync(join(tmpdir(), 'worklist-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CASES = ['on-riluzole-up-to-date', 'alt-stop-on-treatment', 'no-baseline-labs', 'on-riluzole-overdue'];
const ORDER = ['alt-stop-on-treatment', 'on-riluzole-overdue', 'no-baseline-labs', 'on-riluzole-up-to-date'];

const list = async (db: string, today = '2026-11-25') => {
  const r = await runWorklist(['list', '--db', db, '--format', 'json', '--today', today]);
  expect(r.status).toBe(0);
  return r.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
};

describe('worklist list', { timeout: 60_000 }, () => {
  const db = join(dir, 'list.sqlite');
  seedDatabase(db, CASES);

  it('prints one JSON object a line in rank order, with the fields outside checks rely on', async () => {
    const rows = await list(db);
    expect(rows.map((r) => r.patientId)).toEqual(ORDER);
    expect(rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
    expect(rows[0]).toMatchObject({
      name: 'Patricia Nguyen',
      eligibility: 'eligible',
      monitoring: 'stop-recommended',
      topFinding: { code: 'liver.transaminase-stop', severity: 'critical' },
      reviewState: 'open',
      dataAsOf: '2026-11-25T06:00:00Z',
    });
    expect(rows[3]?.topFinding).toBeNull();
    for (const r of rows) expect(String(r.reason)).toMatch(/^[^\n]+\.$/);
  });

  it('prints text and CSV with the same order', async () => {
    const text = await runWorklist(['list', '--db', db, '--format', 'text', '--today', '2026-11-25']);
    expect(text.lines.map((l) => /\((\S+)\)/.exec(l)?.[1])).toEqual(ORDER);
    const csv = await runWorklist(['list', '--db', db, '--format', 'csv', '--today', '2026-11-25']);
    expect(csv.lines[0]).toMatch(/^rank,tier,patientId,name,/);
    expect(csv.lines.slice(1).map((l) => l.split(',')[2])).toEqual(ORDER);
  });

  it('refuses a missing database and a bad format with one line and exit 2', async () => {
    const missing = await runWorklist(['list', '--db', join(dir, 'none.sqlite')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('no such database');
    const bad = await runWorklist(['list', '--db', db, '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^worklist: --format must be json, text or csv/);
    expect(bad.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});

describe('worklist review', { timeout: 60_000 }, () => {
  const db = join(dir, 'review.sqlite');
  seedDatabase(db, CASES);
  const review = (...args: string[]) => runWorklist(['review', '--db', db, '--today', '2026-11-25', ...args]);

  it('acknowledges a row: it stays in its rank, below open rows, and says who', async () => {
    const r = await review(
      '--patient',
      'alt-stop-on-treatment',
      '--action',
      'acknowledge',
      '--by',
      'Practitioner/n1',
      '--note',
      'Neurologist told',
    );
    expect(r.status).toBe(0);
    const stored = JSON.parse(r.lines[0] ?? '{}') as {
      findings: { code: string }[];
      evidenceIds: string[];
      note: string;
    };
    expect(stored.findings.map((f) => f.code)).toContain('liver.transaminase-stop');
    expect(stored.evidenceIds.length).toBeGreaterThan(0);
    expect(stored.note).toBe('Neurologist told');
    const rows = await list(db);
    expect(rows[0]).toMatchObject({ patientId: 'alt-stop-on-treatment', reviewState: 'acknowledged' });
    expect(String(rows[0]?.reason)).toContain('acknowledged by Practitioner/n1');
  });

  it('snoozes until a date and re-opens on that date', async () => {
    const r = await review(
      '--patient',
      'on-riluzole-overdue',
      '--action',
      'snooze',
      '--until',
      '2026-12-01',
      '--by',
      'Practitioner/n2',
    );
    expect(r.status).toBe(0);
    expect((await list(db, '2026-11-30')).find((x) => x.patientId === 'on-riluzole-overdue')?.reviewState).toBe(
      'snoozed',
    );
    expect((await list(db, '2026-12-01')).find((x) => x.patientId === 'on-riluzole-overdue')?.reviewState).toBe(
      'reopened',
    );
  });

  it('marks follow-up arranged and keeps the history append-only, oldest first', async () => {
    expect(
      (await review('--patient', 'alt-stop-on-treatment', '--action', 'follow-up', '--by', 'Practitioner/n2')).status,
    ).toBe(0);
    const history = await runWorklist(['history', '--db', db, '--patient', 'alt-stop-on-treatment']);
    expect(history.lines.map((l) => (JSON.parse(l) as { action: string }).action)).toEqual([
      'acknowledge',
      'follow-up',
    ]);
    // A review from the command line is never written to the EHR, and history says so.
    expect(history.lines.map((l) => (JSON.parse(l) as { writeBack: { status: string } }).writeBack.status)).toEqual([
      'none',
      'none',
    ]);
    expect((await list(db)).find((x) => x.patientId === 'alt-stop-on-treatment')?.reviewState).toBe('follow-up');
  });

  it.each([
    [['--patient', 'nobody', '--action', 'acknowledge', '--by', 'u'], 'no patient "nobody" in the current worklist'],
    [['--patient', 'no-baseline-labs', '--action', 'snooze', '--by', 'u'], 'a snooze needs --until DATE'],
    [
      ['--patient', 'no-baseline-labs', '--action', 'snooze', '--until', '2026-11-25', '--by', 'u'],
      '--until must be after today',
    ],
    [['--patient', 'no-baseline-labs', '--action', 'acknowledge'], '--by is required'],
    [
      ['--patient', 'no-baseline-labs', '--action', 'dismiss', '--by', 'u'],
      '--action must be acknowledge, snooze, follow-up',
    ],
  ])('refuses %j with exit 2: %s', async (args, message) => {
    const r = await review(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
  });
});
