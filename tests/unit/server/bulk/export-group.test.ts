import { readFile } from 'node:fs/promises';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BASE, bulkServer, cleanDirs, FILES, OBSERVATIONS, PATIENTS, run, STATUS } from './export-fixtures';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

afterEach(cleanDirs);

describe('Group $export: the happy path', () => {
  it('kicks off with Prefer respond-async and the rules types, polls, downloads with the token, DELETEs', async () => {
    const log = bulkServer(server, { pending: 2 });
    const { result, sleeps, progress } = await run();
    const kick = log.kickOffs[0] as Request;
    const url = new URL(kick.url);
    expect(url.pathname).toBe('/fhir/Group/g1/$export');
    expect(url.searchParams.get('_type')).toBe(
      'Patient,Observation,MedicationRequest,MedicationStatement,Medication,Condition,AllergyIntolerance',
    );
    expect(url.searchParams.has('_typeFilter')).toBe(false);
    expect(kick.headers.get('prefer')).toBe('respond-async');
    expect(kick.headers.get('accept')).toBe('application/fhir+json');
    expect(kick.headers.get('authorization')).toBe('Bearer t1');
    expect(log.polls).toHaveLength(3);
    expect(sleeps).toEqual([2000, 2000]); // Retry-After: 2
    expect(log.downloads.map((d) => d.auth)).toEqual(['Bearer t1', 'Bearer t1']);
    expect(log.deletes).toHaveLength(1);
    expect(result.transactionTime).toBe('2026-12-04T06:00:00Z');
    expect(result.requestUrl).toBe(`${BASE}/Group/g1/$export`);
    expect(result.failedTypes).toEqual([]);
    expect(result.errors).toEqual([]);
    expect(result.files.map((f) => [f.type, f.bytes])).toEqual([
      ['Patient', Buffer.byteLength(PATIENTS)],
      ['Observation', Buffer.byteLength(OBSERVATIONS)],
    ]);
    expect(await readFile(result.files[0]?.path ?? '', 'utf8')).toBe(PATIENTS);
    expect(progress.map((p) => p.kind)).toEqual([
      'kick-off',
      'server-progress',
      'server-progress',
      'manifest',
      'download',
      'download',
      'deleted',
    ]);
    expect(progress[1]).toEqual({ kind: 'server-progress', progress: 'in progress 40%', retryAfterMs: 2000 });
    expect(progress.at(-2)).toMatchObject({ kind: 'download', totalBytes: Buffer.byteLength(PATIENTS + OBSERVATIONS) });
  });

  it('drops MedicationStatement and sends _typeFilter only when configured', async () => {
    const log = bulkServer(server);
    await run({ noMedicationStatement: true, typeFilter: ['Observation?category=laboratory'] });
    const url = new URL((log.kickOffs[0] as Request).url);
    expect(url.searchParams.get('_type')).not.toContain('MedicationStatement');
    expect(url.searchParams.getAll('_typeFilter')).toEqual(['Observation?category=laboratory']);
  });

  it('sends no token for the files when the manifest does not require one', async () => {
    const log = bulkServer(server, { requiresAccessToken: false });
    await run();
    expect(log.downloads.map((d) => d.auth)).toEqual([null, null]);
  });

  it('waits with doubling steps when a 202 has no Retry-After', async () => {
    bulkServer(server, { pending: 0 });
    let polls = 0;
    server.use(http.get(STATUS, () => (polls++ < 3 ? new HttpResponse(null, { status: 202 }) : manifest())));
    const { sleeps } = await run();
    expect(sleeps).toEqual([10, 20, 40]);
  });
});

function manifest(): Response {
  return HttpResponse.json({
    transactionTime: '2026-12-04T06:00:00Z',
    request: `${BASE}/Group/g1/$export`,
    requiresAccessToken: true,
    output: [{ type: 'Patient', url: `${FILES}/Patient.ndjson` }],
    error: [],
  });
}
