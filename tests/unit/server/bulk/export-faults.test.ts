import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { BackendAuthError } from '../../../../src/server/bulk/backend-auth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE,
  bulkServer,
  cleanDirs,
  countingTokens,
  failure,
  FILES,
  ndjson,
  PATIENTS,
  run,
  STATUS,
} from './export-fixtures';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterEach(cleanDirs);
afterAll(() => server.close());

const outcome = (severity: string, diagnostics: string, expression?: string[]): object => ({
  resourceType: 'OperationOutcome',
  issue: [{ severity, code: 'exception', diagnostics, ...(expression && { expression }) }],
});

describe('Group $export: faults', () => {
  it('retries a 429 kick-off after its Retry-After, then goes on', async () => {
    const log = bulkServer(server);
    let refused = 0;
    server.use(
      http.get(`${BASE}/Group/:id/$export`, () =>
        refused++ < 1 ? new HttpResponse(null, { status: 429, headers: { 'retry-after': '120' } }) : undefined,
      ),
    );
    const { sleeps } = await run();
    expect(sleeps[0]).toBe(120_000);
    expect(log.kickOffs).toHaveLength(1); // the second kick-off reached the normal handler
  });

  it('fails as a whole after bounded retries of a 429 kick-off (one job at a time), without a DELETE', async () => {
    const log = bulkServer(server);
    server.use(http.get(`${BASE}/Group/:id/$export`, () => new HttpResponse(null, { status: 429 })));
    const error = await failure({ maxAttempts: 3 });
    expect(error.failure).toBe('kick-off-refused');
    expect(error.message).toBe('the kick-off was refused: HTTP 429');
    expect(log.deletes).toHaveLength(0);
  });

  it('does not retry a 429 kick-off early: a Retry-After past 10 minutes fails it, carrying the wait', async () => {
    const log = bulkServer(server);
    let asked = 0;
    server.use(
      http.get(`${BASE}/Group/:id/$export`, () => {
        asked += 1;
        return new HttpResponse(null, { status: 429, headers: { 'retry-after': '7200' } });
      }),
    );
    const error = await failure({ maxAttempts: 5 });
    expect(asked).toBe(1);
    expect(error.failure).toBe('kick-off-refused');
    expect(error.retryAfterMs).toBe(7_200_000);
    expect(error.message).toBe('the kick-off was refused: HTTP 429 (the server asks to wait 7200 s)');
    expect(log.deletes).toHaveLength(0);
  });

  it('retries 5xx on the status URL with doubling backoff, and DELETEs a job that failed', async () => {
    const log = bulkServer(server, { pending: 0 });
    let errors = 0;
    server.use(http.get(STATUS, () => (errors++ < 2 ? new HttpResponse(null, { status: 503 }) : undefined)));
    const { sleeps } = await run();
    expect(sleeps).toEqual([10, 20]);
    server.use(
      http.get(STATUS, () => HttpResponse.json(outcome('error', 'job for Patient/p1 crashed'), { status: 500 })),
    );
    const error = await failure({ maxAttempts: 2 });
    expect(error.failure).toBe('status-failed');
    expect(error.message).toBe('the export failed on the server: HTTP 500, job for Patient/… crashed');
    expect(log.deletes).toHaveLength(2);
  });

  it('renews an expired token once on a 401, with the new token on the retried request', async () => {
    const log = bulkServer(server);
    const auth = countingTokens();
    server.use(
      http.get(`${FILES}/:name`, ({ request }) =>
        request.headers.get('authorization') === 'Bearer t1' ? new HttpResponse(null, { status: 401 }) : undefined,
      ),
    );
    const { result } = await run({ auth });
    expect(result.failedTypes).toEqual([]);
    expect(auth.issued()).toBe(2);
    expect(log.downloads.map((d) => d.auth)).toEqual(['Bearer t2', 'Bearer t2']);
  });

  it('marks the type of a file that fails after retries as failed, and keeps the others', async () => {
    bulkServer(server);
    server.use(http.get(`${FILES}/Observation.ndjson`, () => new HttpResponse(null, { status: 500 })));
    const { result, progress } = await run({ maxAttempts: 3 });
    expect(result.failedTypes).toEqual(['Observation']);
    expect(result.files.map((f) => f.type)).toEqual(['Patient']);
    expect(result.errors).toEqual([{ type: 'Observation', message: 'the download answered HTTP 500' }]);
    expect(progress).toContainEqual({
      kind: 'file-failed',
      type: 'Observation',
      message: 'the download answered HTTP 500',
    });
  });

  it('starts a file again when the connection breaks mid-file, counting its bytes once', async () => {
    bulkServer(server);
    let broken = 0;
    server.use(
      http.get(`${FILES}/Patient.ndjson`, () => {
        if (broken++ > 0) return undefined;
        const stream = new ReadableStream({
          start(controller) {
            controller.enqueue(new TextEncoder().encode(PATIENTS.slice(0, 20)));
            controller.error(new Error('socket hang up'));
          },
        });
        return new HttpResponse(stream);
      }),
    );
    const { result, progress } = await run();
    expect(result.failedTypes).toEqual([]);
    expect(result.files[0]?.bytes).toBe(Buffer.byteLength(PATIENTS));
    const last = progress.filter((p) => p.kind === 'download').at(-1);
    expect(last).toMatchObject({ totalBytes: result.files.reduce((sum, f) => sum + f.bytes, 0) });
  });

  it('reads the error files: a typed error fails its type, a warning is only reported, ids are masked', async () => {
    bulkServer(server, {
      files: {
        'Patient.ndjson': PATIENTS,
        'Observation.ndjson': '',
        'errors.ndjson': ndjson(
          outcome('error', 'Could not export Observation for Patient/p1 (timeout)'),
          outcome('warning', 'AllergyIntolerance search was slow'),
          outcome('fatal', 'failed', ['MedicationRequest']),
        ),
      },
      error: [{ type: 'OperationOutcome', name: 'errors.ndjson' }],
    });
    const { result } = await run();
    expect(result.failedTypes).toEqual(['MedicationRequest', 'Observation']);
    expect(result.errors).toEqual([
      { type: 'Observation', message: 'error: Could not export Observation for Patient/… (timeout)' },
      { type: 'AllergyIntolerance', message: 'warning: AllergyIntolerance search was slow' },
      { type: 'MedicationRequest', message: 'fatal: failed' },
    ]);
  });

  it('fails every type when an error entry names none, or the error file cannot be read', async () => {
    const types = [
      'AllergyIntolerance',
      'Condition',
      'Medication',
      'MedicationRequest',
      'MedicationStatement',
      'Observation',
      'Patient',
    ];
    bulkServer(server, {
      files: { 'Patient.ndjson': PATIENTS, 'Observation.ndjson': '', 'e.ndjson': ndjson(outcome('error', 'oops')) },
      error: [{ type: 'OperationOutcome', name: 'e.ndjson' }],
    });
    expect((await run()).result.failedTypes).toEqual(types);
    server.use(http.get(`${FILES}/e.ndjson`, () => new HttpResponse(null, { status: 404 })));
    const { result } = await run();
    expect(result.failedTypes).toEqual(types);
    expect(result.errors[0]?.message).toBe('an error file could not be read: the download answered HTTP 404');
  });

  it('times out after maxWaitMs of 202s, removes its folder and DELETEs the job', async () => {
    const log = bulkServer(server, { pending: 1000 });
    const before = (await readdir(tmpdir())).filter((n) => n.startsWith('riluzole-export-')).length;
    const error = await failure({ maxWaitMs: 5000 });
    expect(error.failure).toBe('timed-out');
    expect(log.polls).toHaveLength(3); // 2 s + 2 s waited; a third wait would pass 5 s
    expect(log.deletes).toHaveLength(1);
    expect((await readdir(tmpdir())).filter((n) => n.startsWith('riluzole-export-')).length).toBe(before);
  });

  it('fails as auth-failed, before any request, when no token can be had', async () => {
    const log = bulkServer(server);
    const error = await failure({
      auth: {
        token: () => Promise.reject(new BackendAuthError('the token endpoint refused the client (invalid_client)')),
        invalidate: () => undefined,
      },
    });
    expect(error.failure).toBe('auth-failed');
    expect(error.message).toBe('the token endpoint refused the client (invalid_client)');
    expect(log.kickOffs).toHaveLength(0);
  });
});
