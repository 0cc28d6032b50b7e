/**
 * The worklist page's backend in a jsdom test: the real worklistRoutes (Fastify, inject) over a real
 * SQLite database seeded from a worklist case, behind msw. The session route is the test's (the sign-in
 * layer is another piece of issue 9). Every request the page makes is logged for the assertions.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { http, HttpResponse } from 'msw';
import { addAssessment, addReview, finishRun, openDatabase, startRun, type Db } from '../../../src/server/store';
import { worklistRoutes, type WorklistUser } from '../../../src/server/worklist/routes';
import type { IsoDate } from '../../../src/rules/types';
import type { WorklistCase } from '../../cases/worklist/case';
import { buildCase } from '../../unit/rules/worklist-fixtures';
import { server } from '../support/server';

export const NURSE: WorklistUser & { displayName: string } = {
  fhirUser: 'Practitioner/nurse-1',
  csrfToken: 'csrf-123',
  displayName: 'Nurse Jo',
};

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly csrf: string | null;
  readonly body?: unknown;
}

export interface Backend {
  readonly log: LoggedRequest[];
  readonly today: IsoDate;
  /** Sign the caller out (the session answers 401 and the API does too). */
  signOut(): void;
  /** The session hands the page this CSRF token (a wrong one makes POSTs fail with 403). */
  pageToken(token: string): void;
  close(): Promise<void>;
}

export interface BackendOptions {
  readonly failedTypes?: readonly string[];
  readonly signedIn?: boolean;
}

function seed(db: Db, wc: WorklistCase, opts: BackendOptions): IsoDate {
  const { entries, today } = buildCase(wc);
  const asOf = entries[0]?.assessment.asOf ?? today;
  const run = startRun(db, { fhirBase: 'https://ehr.example/fhir', groupId: 'als-clinic', asOf, policy: 'us' });
  for (const e of entries) {
    addAssessment(db, run, e.assessment, e.notAssessed);
    for (const r of e.reviews) addReview(db, e.assessment.patient.id, r, run);
  }
  const failedTypes = opts.failedTypes ?? [];
  finishRun(db, run, {
    status: failedTypes.length > 0 ? 'partial' : 'complete',
    failedTypes,
    dataAsOf: `${asOf}T06:00:00Z`,
  });
  return today;
}

export async function worklistBackend(wc: WorklistCase, opts: BackendOptions = {}): Promise<Backend> {
  const dir = mkdtempSync(join(tmpdir(), 'worklist-page-'));
  const db = openDatabase(join(dir, 'w.sqlite'));
  const today = seed(db, wc, opts);
  let signedIn = opts.signedIn ?? true;
  let token = NURSE.csrfToken;
  const log: LoggedRequest[] = [];
  const app: FastifyInstance = Fastify({ logger: false });
  await app.register(worklistRoutes, { db, today: () => today, identify: () => (signedIn ? NURSE : undefined) });
  server.use(
    http.get('*/worklist/api/session', () => {
      log.push({ method: 'GET', path: '/worklist/api/session', csrf: null });
      return signedIn
        ? HttpResponse.json({ fhirUser: NURSE.fhirUser, csrfToken: token, displayName: NURSE.displayName })
        : HttpResponse.json({ error: 'Sign in to see the worklist.' }, { status: 401 });
    }),
    http.all('*/worklist/api/*', async ({ request }) => {
      const url = new URL(request.url);
      const text = request.method === 'POST' ? await request.text() : undefined;
      log.push({
        method: request.method,
        path: url.pathname,
        csrf: request.headers.get('x-csrf-token'),
        ...(text !== undefined ? { body: JSON.parse(text) as unknown } : {}),
      });
      const headers: Record<string, string> = {};
      request.headers.forEach((v, k) => (headers[k] = v));
      const r = await app.inject({
        method: request.method === 'POST' ? 'POST' : 'GET',
        url: url.pathname + url.search,
        headers,
        ...(text !== undefined ? { payload: text } : {}),
      });
      return new HttpResponse(r.body, {
        status: r.statusCode,
        headers: { 'content-type': String(r.headers['content-type'] ?? 'application/json') },
      });
    }),
  );
  return {
    log,
    today,
    signOut: () => {
      signedIn = false;
    },
    pageToken: (t) => {
      token = t;
    },
    close: async () => {
      await app.close();
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
