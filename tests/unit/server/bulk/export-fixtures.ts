import { http, HttpResponse } from 'msw';
import type { setupServer } from 'msw/node';
import { rm } from 'node:fs/promises';
import { exportGroup, ExportError, type ExportResult } from '../../../../src/server/bulk/export-group';
import type { ExportOptions, ExportProgress, TokenSource } from '../../../../src/server/bulk/export-types';

export const BASE = 'https://ehr.example.org/fhir';
export const STATUS = 'https://ehr.example.org/bulk/status/job-1';
export const FILES = 'https://files.example.org/out';

/** Tokens t1, t2… : a new one after each invalidate(). */
export function countingTokens(): TokenSource & { readonly issued: () => number } {
  let n = 1;
  let issued = 1;
  return {
    token: () => Promise.resolve(`t${n}`),
    invalidate: () => {
      n += 1;
      issued += 1;
    },
    issued: () => issued,
  };
}

export interface BulkLog {
  readonly kickOffs: Request[];
  readonly polls: number[];
  readonly downloads: { readonly url: string; readonly auth: string | null }[];
  readonly deletes: number[];
}

export const ndjson = (...lines: object[]): string => lines.map((line) => JSON.stringify(line)).join('\n') + '\n';

export const PATIENTS = ndjson(
  { resourceType: 'Patient', id: 'p1', birthDate: '1960-01-01' },
  { resourceType: 'Patient', id: 'p2', birthDate: '1955-05-05' },
);
export const OBSERVATIONS = ndjson({
  resourceType: 'Observation',
  id: 'o1',
  status: 'final',
  subject: { reference: 'Patient/p1' },
});

/**
 * A Bulk server: kick-off → `pending` polls of 202 → the manifest; files served from FILES/<name>.
 * `override` handlers passed to server.use() later win over these.
 */
export function bulkServer(
  server: ReturnType<typeof setupServer>,
  opts: {
    readonly pending?: number;
    readonly requiresAccessToken?: boolean;
    readonly files?: Record<string, string>;
    readonly output?: { readonly type: string; readonly name: string }[];
    readonly error?: { readonly type: string; readonly name: string }[];
  } = {},
): BulkLog {
  const log: BulkLog = { kickOffs: [], polls: [], downloads: [], deletes: [] };
  const files = opts.files ?? { 'Patient.ndjson': PATIENTS, 'Observation.ndjson': OBSERVATIONS };
  const output = opts.output ?? [
    { type: 'Patient', name: 'Patient.ndjson' },
    { type: 'Observation', name: 'Observation.ndjson' },
  ];
  let pending = opts.pending ?? 1;
  server.use(
    http.get(`${BASE}/Group/:id/$export`, ({ request }) => {
      log.kickOffs.push(request.clone());
      return new HttpResponse(null, { status: 202, headers: { 'content-location': STATUS } });
    }),
    http.get(STATUS, () => {
      log.polls.push(Date.now());
      if (pending-- > 0) {
        return new HttpResponse(null, {
          status: 202,
          headers: { 'x-progress': 'in progress 40%', 'retry-after': '2' },
        });
      }
      return HttpResponse.json({
        transactionTime: '2026-12-04T06:00:00Z',
        request: `${BASE}/Group/g1/$export`,
        requiresAccessToken: opts.requiresAccessToken ?? true,
        output: output.map(({ type, name }) => ({ type, url: `${FILES}/${name}` })),
        error: (opts.error ?? []).map(({ type, name }) => ({ type, url: `${FILES}/${name}` })),
      });
    }),
    http.delete(STATUS, () => {
      log.deletes.push(Date.now());
      return new HttpResponse(null, { status: 202 });
    }),
    http.get(`${FILES}/:name`, ({ request, params }) => {
      log.downloads.push({ url: request.url, auth: request.headers.get('authorization') });
      const body = files[String(params.name)];
      if (body === undefined) return new HttpResponse(null, { status: 404 });
      return new HttpResponse(body, { headers: { 'content-type': 'application/fhir+ndjson' } });
    }),
  );
  return log;
}

const dirs: string[] = [];
/** Removes the folders of the exports run so far (afterEach). */
export async function cleanDirs(): Promise<void> {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
}

/** Runs an export with a recorded, instant sleep. */
export async function run(extra: Partial<ExportOptions> = {}): Promise<{
  readonly result: ExportResult;
  readonly sleeps: number[];
  readonly progress: ExportProgress[];
}> {
  const sleeps: number[] = [];
  const progress: ExportProgress[] = [];
  const result = await exportGroup({
    fhirBase: BASE,
    groupId: 'g1',
    auth: countingTokens(),
    backoffMs: 10,
    sleep: async (ms) => void sleeps.push(ms),
    onProgress: (event) => progress.push(event),
    ...extra,
  });
  dirs.push(result.dir);
  return { result, sleeps, progress };
}

export async function failure(extra: Partial<ExportOptions> = {}): Promise<ExportError> {
  const error = await run(extra).catch((e: unknown) => e);
  if (!(error instanceof ExportError)) throw new Error(`expected an ExportError, got ${String(error)}`);
  return error;
}
