import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backendServicesTokens, loadBackendKey } from '../../../src/server/bulk/backend-auth';
import { exportGroup, exportTypes } from '../../../src/server/bulk/export-group';
import type { ExportOptions, ExportProgress, ExportResult } from '../../../src/server/bulk/export-types';
import { createSandboxBulk, type SandboxBulk } from '../../../src/sandbox/bulk/sandbox-bulk';
import { SANDBOX_BACKEND_CLIENT_ID } from '../../../src/sandbox/bulk/demo-keys';
import { createCaseSource, type CaseSource, type SandboxCase } from '../../../src/sandbox/case-source';
import { createSandboxMiddleware } from '../../../src/sandbox/middleware';
import { createAuthServer } from '../../../src/sandbox/smart-auth';

export interface RunningSandbox {
  readonly origin: string;
  readonly fhirBase: string;
  readonly bulk: SandboxBulk;
  readonly keyDir: string;
  /** The sandbox's patients and their FHIR stores. */
  readonly source: CaseSource;
  /** Token requests (POSTs to the token endpoint) so far. */
  tokenRequests: number;
  close(): Promise<void>;
}

/** The sandbox middleware on a real HTTP server, with a fresh demo key pair in a temp folder. */
export async function startSandbox(cases: readonly SandboxCase[]): Promise<RunningSandbox> {
  const keyDir = await mkdtemp(join(tmpdir(), 'sandbox-keys-'));
  const source = createCaseSource(() => Promise.resolve(cases));
  const bulk = await createSandboxBulk(source, keyDir);
  const middleware = createSandboxMiddleware(createAuthServer(), source, Promise.resolve(bulk));
  const running = { tokenRequests: 0 } as { tokenRequests: number };
  const server: Server = createServer((req, res) => {
    if (req.url === '/sandbox/auth/token') running.tokenRequests += 1;
    middleware(req, res, () => {
      res.statusCode = 418;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return Object.assign(running, {
    origin,
    fhirBase: `${origin}/sandbox/fhir`,
    bulk,
    keyDir,
    source,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(keyDir, { recursive: true, force: true });
    },
  });
}

/** Runs exportGroup against the sandbox as the worklist would, with waits cut short. */
export async function sandboxExport(
  sandbox: RunningSandbox,
  groupId: string,
  extra: Partial<ExportOptions> = {},
): Promise<{ readonly result: ExportResult; readonly sleeps: number[]; readonly progress: ExportProgress[] }> {
  const key = await loadBackendKey(await readFile(join(sandbox.keyDir, 'backend-key.jwk.json'), 'utf8'));
  const auth = backendServicesTokens({
    fhirBase: sandbox.fhirBase,
    clientId: SANDBOX_BACKEND_CLIENT_ID,
    key,
    types: exportTypes({}),
  });
  const sleeps: number[] = [];
  const progress: ExportProgress[] = [];
  const result = await exportGroup({
    fhirBase: sandbox.fhirBase,
    groupId,
    auth,
    backoffMs: 10,
    sleep: (ms) => {
      sleeps.push(ms);
      return new Promise((resolve) => setTimeout(resolve, Math.min(ms, 20)));
    },
    onProgress: (event) => progress.push(event),
    ...extra,
  });
  return { result, sleeps, progress };
}
