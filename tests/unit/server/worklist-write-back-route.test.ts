/**
 * The review POST with write-back on: an acknowledgement is stored first (pending), written to the
 * EHR with the driving finding's evidence as focus, and its outcome recorded on the review and shown
 * in the patient's history; a failed write-back stays failed (not retried); a snooze is not written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, reviewsOf, type Db } from '../../../src/server/store';
import { worklistRoutes, type WorklistUser } from '../../../src/server/worklist/routes';
import type { WriteBackInput, WriteBackResult } from '../../../src/server/worklist/write-back';
import { seedDatabase } from './worklist-cli-helpers';

const dir = mkdtempSync(join(tmpdir(), 'worklist-write-back-'));
const NURSE: WorklistUser = { fhirUser: 'Practitioner/nurse-1', csrfToken: 'csrf-123' };
const calls: WriteBackInput[] = [];
const answers: WriteBackResult[] = [];
let db: Db;
let app: FastifyInstance;

beforeAll(async () => {
  const file = join(dir, 'w.sqlite');
  seedDatabase(file, ['alt-stop-on-treatment', 'no-baseline-labs']);
  db = openDatabase(file);
  app = Fastify({ logger: false });
  await app.register(worklistRoutes, {
    db,
    today: () => '2026-11-25',
    identify: () => NURSE,
    writeBack: async (input) => {
      calls.push(input);
      return answers.shift() ?? { status: 'failed', error: 'no answer' };
    },
  });
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const review = (patient: string, payload: object) =>
  app.inject({
    method: 'POST',
    url: `/worklist/api/patients/${patient}/reviews`,
    headers: { 'x-csrf-token': 'csrf-123' },
    payload,
  });

describe('write-back of an acknowledgement', () => {
  it('writes the Task with the driving evidence as focus and records its id on the review', async () => {
    answers.push({ status: 'ok', taskId: 'Task/t-1' });
    const r = await review('alt-stop-on-treatment', { action: 'acknowledge', note: 'seen, stopped' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ action: 'acknowledge', writeBack: { status: 'ok', taskId: 'Task/t-1' } });
    expect(calls[0]).toMatchObject({
      patientId: 'alt-stop-on-treatment',
      fhirUser: 'Practitioner/nurse-1',
      note: 'seen, stopped',
    });
    expect(calls[0]?.focus).toMatch(/^Observation\/.+/);
    const history = await app.inject({ url: '/worklist/api/patients/alt-stop-on-treatment' });
    expect(history.json<{ reviews: { writeBack: unknown }[] }>().reviews[0]?.writeBack).toMatchObject({
      status: 'ok',
      taskId: 'Task/t-1',
    });
  });

  it('keeps the review when the write-back fails, says so, and does not try again', async () => {
    answers.push({ status: 'failed', error: 'the EHR refused the Task (HTTP 403)' });
    const before = calls.length;
    const r = await review('no-baseline-labs', { action: 'acknowledge' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ writeBack: { status: 'failed', error: 'the EHR refused the Task (HTTP 403)' } });
    expect(calls.length).toBe(before + 1);
    expect(reviewsOf(db, 'no-baseline-labs').map((x) => [x.action, x.writeBack.status])).toEqual([
      ['acknowledge', 'failed'],
    ]);
  });

  it('writes back acknowledgements only: a snooze stays local', async () => {
    const before = calls.length;
    const r = await review('no-baseline-labs', { action: 'snooze', until: '2026-12-01' });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ writeBack: { status: 'none' } });
    expect(calls.length).toBe(before);
  });
});
