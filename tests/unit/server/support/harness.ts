/** One CDS server per test file, an msw EHR (JWKS, FHIR server) and helpers to call the hooks. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { DEFAULT_SETTINGS } from '../../../../src/rules';
import { buildServer, type ServerDeps } from '../../../../src/server/app';
import type { ServerConfig } from '../../../../src/server/config';
import { AS_OF, CONFIG, JWKS_URL, makeKeys, signJwt, type SignOptions, type TestKeys } from './ehr';

export interface Harness {
  readonly app: FastifyInstance;
  readonly keys: TestKeys;
  readonly msw: ReturnType<typeof setupServer>;
  readonly dataDir: string;
  post(
    path: string,
    body: unknown,
    jwt?: SignOptions | string | null,
  ): Promise<{ status: number; json: () => unknown }>;
}

export async function startHarness(
  config: Partial<ServerConfig> = {},
  logger: ServerDeps['logger'] = false,
): Promise<Harness> {
  const keys = await makeKeys();
  const msw = setupServer(http.get(JWKS_URL, () => HttpResponse.json(keys.jwks)));
  msw.listen({ onUnhandledRequest: 'error' });
  const dataDir = mkdtempSync(join(tmpdir(), 'cds-test-'));
  const app = buildServer(
    { ...CONFIG, dataDir, ...config },
    { settings: DEFAULT_SETTINGS, logger, today: () => AS_OF },
  );
  await app.ready();
  return {
    app,
    keys,
    msw,
    dataDir,
    async post(path, body, jwt = {}) {
      const token =
        jwt === null ? undefined : typeof jwt === 'string' ? jwt : await signJwt(keys.privateKey, path, jwt);
      const res = await app.inject({
        method: 'POST',
        url: path,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        payload: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return { status: res.statusCode, json: () => res.json() as unknown };
    },
  };
}

export async function stopHarness(h: Harness): Promise<void> {
  await h.app.close();
  h.msw.close();
}
