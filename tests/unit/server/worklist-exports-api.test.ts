/**
 * `POST /worklist/api/exports` through buildServer, with the real runner against a fake Bulk Data
 * server: 401 before sign-in, 403 without the CSRF token, 202 with the run id, 409 while it runs,
 * and the run stored as the same export `npm run worklist -- export` makes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/rules';
import { buildServer } from '../../../src/server/app';
import { loadBackendKey } from '../../../src/server/bulk/backend-auth';
import { DEFAULT_CONFIG } from '../../../src/server/config';
import { currentRun, openDatabase, type Db } from '../../../src/server/store';
import { createExportRunner, type ExportRunner } from '../../../src/server/worklist/export-runner';
import { forwardingLog } from '../../../src/server/worklist/ops';
import type { WorklistUser } from '../../../src/server/worklist/routes';
import { fakeBulk, privateJwk, type FakeBulk } from './worklist-cli-helpers';

const dir = mkdtempSync(join(tmpdir(), 'worklist-exports-api-'));
const NURSE: WorklistUser = { fhirUser: 'Practitioner/nurse-1', csrfToken: 'csrf-123' };
const CASES = ['alt-stop-on-treatment', 'on-riluzole-up-to-date'];
let db: Db;
let bulk: FakeBulk;
let runner: ExportRunner;
let app: FastifyInstance;
const done: Promise<unknown>[] = [];

beforeAll(async () => {
  bulk = await fakeBulk(CASES);
  db = openDatabase(join(dir, 'w.sqlite'));
  const key = await loadBackendKey(await privateJwk());
  const inner = createExportRunner({
    db,
    log: forwardingLog(),
    job: () => ({
      fhirBase: bulk.base,
      groupId: 'als',
      clientId: 'worklist',
      key,
      asOf: '2026-11-25',
      policy: 'us',
      settings: DEFAULT_SETTINGS,
      noMedicationStatement: false,
    }),
  });
  // Keep each run's promise so the test can wait for it.
  runner = {
    running: () => inner.running(),
    start: (trigger) => {
      const answer = inner.start(trigger);
      if (answer.kind === 'started') done.push(answer.done);
      return answer;
    },
  };
  app = buildServer(
    { ...DEFAULT_CONFIG, dataDir: dir },
    {
      settings: DEFAULT_SETTINGS,
      logger: false,
      db,
      exports: runner,
      identify: (request) => (request.headers['x-test-user'] === 'nurse' ? NURSE : undefined),
    },
  );
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await bulk.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (headers: Record<string, string>) => app.inject({ method: 'POST', url: '/worklist/api/exports', headers });

describe('POST /worklist/api/exports', { timeout: 60_000 }, () => {
  it('answers 401 before sign-in and 403 without the CSRF token, starting nothing', async () => {
    expect((await post({})).statusCode).toBe(401);
    expect((await post({ 'x-test-user': 'nurse', 'x-csrf-token': 'wrong' })).statusCode).toBe(403);
    expect(bulk.log.filter((l) => l.includes('$export'))).toEqual([]);
  });

  it('starts one export (202 with the run id), answers 409 while it runs, and stores the run', async () => {
    const first = await post({ 'x-test-user': 'nurse', 'x-csrf-token': 'csrf-123' });
    expect(first.statusCode).toBe(202);
    const { runId } = first.json<{ runId: number }>();
    expect(runId).toBeGreaterThan(0);
    const second = await post({ 'x-test-user': 'nurse', 'x-csrf-token': 'csrf-123' });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ runId });
    await Promise.all(done);
    expect(currentRun(db)).toMatchObject({ id: runId, status: 'complete', patientCount: 2 });
    const list = await app.inject({ url: '/worklist/api/exports', headers: { 'x-test-user': 'nurse' } });
    expect(list.json()).toMatchObject({ running: null, runs: [{ id: runId, status: 'complete' }] });
    expect(list.body).not.toMatch(/Nguyen|Brennan/);
  });
});
