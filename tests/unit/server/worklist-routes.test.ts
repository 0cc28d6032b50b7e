/**
 * The worklist JSON API through Fastify's inject: 401 without a signed-in user, the ranked rows, one
 * patient's stored assessment and review history, and a review POST with its CSRF check.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAssessment, finishRun, openDatabase, startRun, type Db } from '../../../src/server/store';
import { CASE_AS_OF } from '../../cases/case';
import { assessResources, caseResources } from '../rules/worklist-fixtures';
import { worklistRoutes, type WorklistUser } from '../../../src/server/worklist/routes';
import { seedDatabase } from './worklist-cli-helpers';

const dir = mkdtempSync(join(tmpdir(), 'worklist-routes-'));
const NURSE: WorklistUser = { fhirUser: 'Practitioner/nurse-1', csrfToken: 'csrf-123' };
let db: Db;
let app: FastifyInstance;

beforeAll(async () => {
  const file = join(dir, 'w.sqlite');
  seedDatabase(file, ['on-riluzole-up-to-date', 'alt-stop-on-treatment', 'no-baseline-labs']);
  db = openDatabase(file);
  app = Fastify({ logger: false });
  await app.register(worklistRoutes, {
    db,
    today: () => '2026-11-25',
    identify: (request) => (request.headers['x-test-user'] === 'nurse' ? NURSE : undefined),
  });
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const asNurse = { 'x-test-user': 'nurse' };

describe('the worklist API', () => {
  it.each([
    ['GET', '/worklist/api/rows'],
    ['GET', '/worklist/api/patients/alt-stop-on-treatment'],
    ['POST', '/worklist/api/patients/alt-stop-on-treatment/reviews'],
    ['GET', '/worklist/api/rows.csv'],
  ] as const)('answers %s %s with 401 and no patient data before sign-in', async (method, url) => {
    const r = await app.inject({ method, url, payload: method === 'POST' ? { action: 'acknowledge' } : undefined });
    expect(r.statusCode).toBe(401);
    expect(r.body).not.toMatch(/Nguyen|alt-stop/);
  });

  it('lists the rows in rank order with the run they come from', async () => {
    const r = await app.inject({ url: '/worklist/api/rows', headers: asNurse });
    expect(r.statusCode).toBe(200);
    const body = r.json<{ run: { dataAsOf: string }; rows: { rank: number; patientId: string }[] }>();
    expect(body.run.dataAsOf).toBe('2026-11-25T06:00:00Z');
    expect(body.rows.map((x) => x.patientId)).toEqual([
      'alt-stop-on-treatment',
      'no-baseline-labs',
      'on-riluzole-up-to-date',
    ]);
  });

  it("gives the page each row's driving finding and assessment, and the run's unread kinds of data", async () => {
    const body = (await app.inject({ url: '/worklist/api/rows', headers: asNurse })).json<{
      run: { unavailable: string[] };
      rows: { patientId: string; driving: { code: string } | null; assessment: { patient: { id: string } } }[];
    }>();
    expect(body.run.unavailable).toEqual([]);
    const stop = body.rows.find((x) => x.patientId === 'alt-stop-on-treatment');
    expect(stop?.driving?.code).toBe('liver.transaminase-stop');
    expect(stop?.assessment.patient.id).toBe('alt-stop-on-treatment');
  });

  it('exports the rows as CSV in rank order, as a download', async () => {
    const r = await app.inject({ url: '/worklist/api/rows.csv', headers: asNurse });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('text/csv');
    expect(r.headers['content-disposition']).toContain('attachment');
    const lines = r.body.trim().split('\r\n');
    expect(lines[0]).toMatch(/^rank,tier,patientId,name/);
    expect(lines.slice(1).map((l) => l.split(',')[2])).toEqual([
      'alt-stop-on-treatment',
      'no-baseline-labs',
      'on-riluzole-up-to-date',
    ]);
  });

  it('returns one patient with the stored assessment, and 404 for a patient not in the list', async () => {
    const r = await app.inject({ url: '/worklist/api/patients/alt-stop-on-treatment', headers: asNurse });
    expect(r.statusCode).toBe(200);
    const body = r.json<{ assessment: { patient: { id: string } }; reviews: unknown[]; row: { tier: string } }>();
    expect(body.assessment.patient.id).toBe('alt-stop-on-treatment');
    expect(body.row.tier).toBe('critical');
    expect(body.reviews).toEqual([]);
    expect((await app.inject({ url: '/worklist/api/patients/nobody', headers: asNurse })).statusCode).toBe(404);
  });

  it('refuses a review without the session CSRF token', async () => {
    const url = '/worklist/api/patients/alt-stop-on-treatment/reviews';
    const none = await app.inject({ method: 'POST', url, headers: asNurse, payload: { action: 'acknowledge' } });
    expect(none.statusCode).toBe(403);
    const wrong = await app.inject({
      method: 'POST',
      url,
      headers: { ...asNurse, 'x-csrf-token': 'csrf-999' },
      payload: { action: 'acknowledge' },
    });
    expect(wrong.statusCode).toBe(403);
  });

  it('records a review as the signed-in fhirUser, with what it covered, and shows it in the history', async () => {
    const url = '/worklist/api/patients/alt-stop-on-treatment/reviews';
    const headers = { ...asNurse, 'x-csrf-token': NURSE.csrfToken };
    const r = await app.inject({
      method: 'POST',
      url,
      headers,
      payload: { action: 'acknowledge', note: 'called', by: 'someone-else' },
    });
    expect(r.statusCode).toBe(201);
    const review = r.json<{ by: string; findings: { code: string }[]; evidenceIds: string[] }>();
    expect(review.by).toBe('Practitioner/nurse-1');
    expect(review.findings.map((f) => f.code)).toContain('liver.transaminase-stop');
    const rows = (await app.inject({ url: '/worklist/api/rows', headers: asNurse })).json<{
      rows: { patientId: string; reviewState: string }[];
    }>();
    expect(rows.rows.find((x) => x.patientId === 'alt-stop-on-treatment')?.reviewState).toBe('acknowledged');
    const one = (await app.inject({ url: '/worklist/api/patients/alt-stop-on-treatment', headers: asNurse })).json<{
      reviews: unknown[];
    }>();
    expect(one.reviews).toHaveLength(1);
  });

  it.each([
    [{ action: 'dismiss' }, 'action must be one of'],
    [{ action: 'snooze' }, 'A snooze needs until.'],
    [{ action: 'snooze', until: '2026-11-25' }, 'until must be after today'],
    [{ action: 'acknowledge', until: '2026-12-01' }, 'until is for a snooze only.'],
    [{ action: 'acknowledge', note: 'x'.repeat(2001) }, 'note must be text'],
  ])('refuses the body %j with 400', async (payload, message) => {
    const r = await app.inject({
      method: 'POST',
      url: '/worklist/api/patients/no-baseline-labs/reviews',
      headers: { ...asNurse, 'x-csrf-token': NURSE.csrfToken },
      payload,
    });
    expect(r.statusCode).toBe(400);
    expect(r.json<{ error: string }>().error).toContain(message);
  });
});

describe('a run with a failed type', () => {
  it('names the kinds of data no patient of the run has', async () => {
    const file = join(dir, 'partial.sqlite');
    seedDatabase(file, ['on-riluzole-up-to-date']);
    const partialDb = openDatabase(file);
    const run = startRun(partialDb, {
      fhirBase: 'https://ehr.example/fhir',
      groupId: 'als',
      asOf: CASE_AS_OF,
      policy: 'us',
    });
    addAssessment(partialDb, run, assessResources(caseResources('on-riluzole-up-to-date').resources, CASE_AS_OF));
    finishRun(partialDb, run, { status: 'partial', failedTypes: ['Observation'] });
    const partial = Fastify({ logger: false });
    await partial.register(worklistRoutes, { db: partialDb, today: () => CASE_AS_OF, identify: () => NURSE });
    const body = (await partial.inject({ url: '/worklist/api/rows' })).json<{
      run: { failedTypes: string[]; unavailable: string[] };
    }>();
    await partial.close();
    partialDb.close();
    expect(body.run.failedTypes).toEqual(['Observation']);
    expect(body.run.unavailable).toContain('labs');
  });
});
