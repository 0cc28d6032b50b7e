/**
 * The worklist database on a temp file: WAL mode, migrations recorded and applied once, runs and
 * their assessments, append-only reviews, and the current run (never a failed or unfinished one).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { reviewScope } from '../../../src/rules/worklist';
import {
  addAssessment,
  addReview,
  assessmentOf,
  currentEntries,
  currentRun,
  finishRun,
  migrate,
  MIGRATIONS,
  openDatabase,
  recordWriteBack,
  reviewsOf,
  startRun,
  StoreError,
  type Db,
} from '../../../src/server/store';
import { CASE_AS_OF } from '../../cases/case';
import { assessResources, caseResources } from '../rules/worklist-fixtures';

const dir = mkdtempSync(join(tmpdir(), 'worklist-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): { db: Db; file: string } => {
  const file = join(dir, `db-${++n}`, 'worklist.sqlite');
  return { db: openDatabase(file), file };
};

const assessment = (id: string) => assessResources(caseResources(id).resources, CASE_AS_OF);
const START = { fhirBase: 'https://ehr.example/fhir', groupId: 'als', asOf: CASE_AS_OF, policy: 'us' } as const;

describe('the worklist database', () => {
  it('opens in WAL mode and records each migration once', () => {
    const { db, file } = fresh();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT version FROM schema_migrations ORDER BY version').all()).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
    ]);
    db.close();
    const again = openDatabase(file);
    expect(migrate(again)).toEqual([]);
    expect(again.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({ n: 3 });
    again.close();
  });

  it('applies a later migration in order and refuses a database newer than the program', () => {
    const { db, file } = fresh();
    const extra = [{ version: 99, name: 'test', sql: 'CREATE TABLE t99 (x INTEGER)' }];
    expect(migrate(db, [...MIGRATIONS, ...extra])).toEqual([99]);
    db.close();
    expect(() => openDatabase(file)).toThrow(StoreError);
  });

  it('stores a run with its assessments and makes it current only when it finished', () => {
    const { db } = fresh();
    const run = startRun(db, START);
    addAssessment(db, run, assessment('alt-stop-on-treatment'));
    addAssessment(db, run, assessment('eligible-baseline-normal'), { reason: 'no Patient resource' });
    expect(currentRun(db)).toBeUndefined();
    const done = finishRun(db, run, { status: 'partial', failedTypes: ['Condition'], errors: ['Condition: 500'] });
    expect(done).toMatchObject({ status: 'partial', patientCount: 2, failedTypes: ['Condition'], groupId: 'als' });
    expect(done.durationMs).toBeGreaterThanOrEqual(0);
    expect(currentRun(db)?.id).toBe(run);
    const stored = assessmentOf(db, run, 'eligible-baseline-normal');
    expect(stored?.notAssessed).toEqual({ reason: 'no Patient resource' });
    expect(stored?.assessment.patient.id).toBe('eligible-baseline-normal');
  });

  it('keeps the previous run current when a later export failed', () => {
    const { db } = fresh();
    const good = startRun(db, START);
    addAssessment(db, good, assessment('on-riluzole-due'));
    finishRun(db, good, { status: 'complete' });
    const bad = startRun(db, START);
    addAssessment(db, bad, assessment('on-riluzole-overdue'));
    finishRun(db, bad, { status: 'failed', errors: ['kick-off refused'] });
    startRun(db, START); // never finished
    expect(currentRun(db)?.id).toBe(good);
    expect(currentEntries(db)?.entries.map((e) => e.assessment.patient.id)).toEqual(['on-riluzole-due']);
  });

  it('appends reviews with what they covered, and refuses to change or delete one', () => {
    const { db } = fresh();
    const run = startRun(db, START);
    const a = assessment('alt-stop-on-treatment');
    addAssessment(db, run, a);
    finishRun(db, run, { status: 'complete' });
    const scope = reviewScope(a);
    addReview(
      db,
      a.patient.id,
      { action: 'acknowledge', by: 'Practitioner/n1', at: '2026-11-25T09:00:00Z', note: 'seen', ...scope },
      run,
    );
    addReview(db, a.patient.id, {
      action: 'snooze',
      by: 'Practitioner/n2',
      at: '2026-11-25T10:00:00Z',
      until: '2026-12-01',
      ...scope,
    });
    const history = reviewsOf(db, a.patient.id);
    expect(history.map((r) => [r.action, r.by, r.until ?? null, r.note ?? null])).toEqual([
      ['acknowledge', 'Practitioner/n1', null, 'seen'],
      ['snooze', 'Practitioner/n2', '2026-12-01', null],
    ]);
    expect(history[0]?.findings).toEqual(scope.findings);
    expect(history[0]?.evidenceIds).toEqual(scope.evidenceIds);
    expect(history[0]?.runId).toBe(run);
    expect(() => db.prepare("UPDATE review_actions SET note = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM review_actions').run()).toThrow(/append-only/);
    expect(currentEntries(db)?.entries[0]?.reviews).toHaveLength(2);
  });

  it('records a write-back outcome once, after pending, and nothing else of a review changes', () => {
    const { db } = fresh();
    const base = { action: 'acknowledge', by: 'Practitioner/n1', findings: [], evidenceIds: [] } as const;
    const none = addReview(db, 'p', { ...base, at: '2026-11-25T09:00:00Z' });
    expect(none.writeBack).toEqual({ status: 'none' });
    const pending = addReview(db, 'p', { ...base, at: '2026-11-25T09:01:00Z' }, undefined, 'pending');
    expect(pending.writeBack.status).toBe('pending');
    const ok = recordWriteBack(db, pending.id, { status: 'ok', taskId: 'Task/7' }, '2026-11-25T09:01:01Z');
    expect(ok.writeBack).toEqual({ status: 'ok', taskId: 'Task/7', at: '2026-11-25T09:01:01Z' });
    expect(() => recordWriteBack(db, pending.id, { status: 'failed', error: 'x' })).toThrow(/once/);
    expect(() => recordWriteBack(db, none.id, { status: 'ok', taskId: 'Task/8' })).toThrow(/once/);
    const failing = addReview(db, 'p', { ...base, at: '2026-11-25T09:02:00Z' }, undefined, 'pending');
    recordWriteBack(db, failing.id, { status: 'failed', error: 'the EHR answered 500' });
    expect(reviewsOf(db, 'p').map((r) => r.writeBack.status)).toEqual(['none', 'ok', 'failed']);
    expect(reviewsOf(db, 'p')[2]?.writeBack.error).toBe('the EHR answered 500');
    expect(() => db.prepare("UPDATE review_actions SET note = 'x', write_back = 'ok'").run()).toThrow();
  });

  it('refuses a snooze without an end date', () => {
    const { db } = fresh();
    const review = { action: 'snooze', by: 'u', at: '2026-11-25T09:00:00Z', findings: [], evidenceIds: [] } as const;
    expect(() => addReview(db, 'p', review)).toThrow(/CHECK/);
  });

  it('says which file it cannot open, in one line', () => {
    const blocker = join(dir, 'a-file');
    writeFileSync(blocker, 'not a folder');
    expect(() => openDatabase(join(blocker, 'x.sqlite'))).toThrow(/^cannot open the database .*a-file/);
  });
});
