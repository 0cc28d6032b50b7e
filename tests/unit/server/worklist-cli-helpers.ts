/**
 * Helpers for the worklist command line tests: the real CLI as an async child process (so that a
 * fake Bulk Data server in this process can answer it), a seeded database, and that fake server.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Resource } from '@medplum/fhirtypes';
import { exportJWK, generateKeyPair } from 'jose';
import { addAssessment, finishRun, openDatabase, startRun } from '../../../src/server/store';
import { CASE_AS_OF } from '../../cases/case';
import { assessResources, caseResources } from '../rules/worklist-fixtures';
import { ROOT } from '../cli/run-cli';

export interface WorklistResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly lines: readonly string[];
}

export function runWorklist(args: readonly string[]): Promise<WorklistResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/server/worklist/cli.ts', ...args],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, WORKLIST_DEBUG: '' } },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ status, stdout, stderr, lines: stdout.split('\n').filter((l) => l !== '') });
      },
    );
  });
}

/** A database holding one complete run of these clinical cases, assessed at CASE_AS_OF. */
export function seedDatabase(file: string, caseIds: readonly string[]): number {
  const db = openDatabase(file);
  const run = startRun(db, { fhirBase: 'https://ehr.example/fhir', groupId: 'als', asOf: CASE_AS_OF, policy: 'us' });
  for (const id of caseIds) addAssessment(db, run, assessResources(caseResources(id).resources, CASE_AS_OF));
  finishRun(db, run, { status: 'complete', dataAsOf: `${CASE_AS_OF}T06:00:00Z` });
  db.close();
  return run;
}

/** A private ES384 JWK with a kid, as JSON text (what --key reads). */
export async function privateJwk(): Promise<string> {
  const { privateKey } = await generateKeyPair('ES384', { extractable: true });
  return JSON.stringify({ ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'ES384' });
}

export interface FakeBulk {
  readonly base: string;
  readonly close: () => Promise<void>;
  readonly log: string[];
}

/**
 * A Bulk Data server on 127.0.0.1 over the resources of these clinical cases: smart-configuration,
 * a token endpoint (it does not check the assertion: G1's tests do), kick-off, status, one NDJSON
 * file per type, DELETE. `errorTypes` adds an error file naming those types; `refuseKickOff` answers 400.
 */
export async function fakeBulk(
  caseIds: readonly string[],
  opts: {
    readonly errorTypes?: readonly string[];
    readonly refuseKickOff?: boolean;
    /** Resources added to the export (e.g. an ALT filed late). */
    readonly extra?: readonly Resource[];
  } = {},
): Promise<FakeBulk> {
  const byType = new Map<string, Resource[]>();
  const all = [...caseIds.flatMap((id) => caseResources(id).resources), ...(opts.extra ?? [])];
  for (const r of all) byType.set(r.resourceType, [...(byType.get(r.resourceType) ?? []), r]);
  const log: string[] = [];
  let base = '';
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', base);
    log.push(`${req.method} ${url.pathname}`);
    const json = (status: number, body: unknown, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(body));
    };
    if (url.pathname === '/fhir/.well-known/smart-configuration') {
      return json(200, { token_endpoint: `${base}/auth/token`, capabilities: ['permission-v2'] });
    }
    if (url.pathname === '/auth/token' && req.method === 'POST') {
      req.resume();
      return void req.on('end', () => json(200, { access_token: 'tok', token_type: 'bearer', expires_in: 300 }));
    }
    if (url.pathname === '/fhir/Group/als/$export') {
      if (opts.refuseKickOff) return json(400, { resourceType: 'OperationOutcome', issue: [] });
      res.writeHead(202, { 'content-location': `${base}/bulk/status/1` });
      return void res.end();
    }
    if (url.pathname === '/bulk/status/1' && req.method === 'DELETE') {
      res.writeHead(202);
      return void res.end();
    }
    if (url.pathname === '/bulk/status/1') {
      return json(200, {
        transactionTime: `${CASE_AS_OF}T06:00:00Z`,
        request: `${base}/fhir/Group/als/$export`,
        requiresAccessToken: true,
        output: [...byType.keys()].map((type) => ({ type, url: `${base}/files/${type}.ndjson` })),
        error:
          (opts.errorTypes ?? []).length > 0 ? [{ type: 'OperationOutcome', url: `${base}/files/errors.ndjson` }] : [],
      });
    }
    const file = /^\/files\/(\w+)\.ndjson$/.exec(url.pathname)?.[1];
    if (file === 'errors') {
      res.writeHead(200, { 'content-type': 'application/fhir+ndjson' });
      const issue = (type: string) => ({
        severity: 'error',
        code: 'exception',
        diagnostics: `${type} search failed`,
        expression: [type],
      });
      return void res.end(
        (opts.errorTypes ?? [])
          .map((t) => JSON.stringify({ resourceType: 'OperationOutcome', issue: [issue(t)] }))
          .join('\n'),
      );
    }
    if (file && byType.has(file)) {
      res.writeHead(200, { 'content-type': 'application/fhir+ndjson' });
      return void res.end((byType.get(file) ?? []).map((r) => JSON.stringify(r)).join('\n') + '\n');
    }
    json(404, { resourceType: 'OperationOutcome', issue: [] });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base: `${base}/fhir`,
    log,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
