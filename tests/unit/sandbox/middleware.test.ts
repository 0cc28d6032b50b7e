import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Bundle, Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseSource, type SandboxCase } from '../../../src/sandbox/case-source';
import { createSandboxMiddleware } from '../../../src/sandbox/middleware';
import { createAuthServer, s256 } from '../../../src/sandbox/smart-auth';

const obs = (id: string): Resource => ({
  resourceType: 'Observation',
  id,
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '1742-6' }] },
  subject: { reference: 'Patient/bart' },
});

const CASES: SandboxCase[] = [
  {
    id: 'bart',
    title: 'Twelve ALT results',
    build: () => ({
      resources: [
        { resourceType: 'Patient', id: 'bart', name: [{ given: ['Bart'], family: 'Simpson' }] },
        ...Array.from({ length: 12 }, (_, i) => obs(`o${i}`)),
      ],
    }),
  },
  { id: 'lisa', title: 'Another chart', build: () => ({ resources: [{ resourceType: 'Patient', id: 'lisa' }] }) },
];

let server: Server;
let origin = '';
const VERIFIER = 'verifier-verifier-verifier-verifier-verifier-0123';
const SCOPE = 'launch online_access patient/Patient.rs patient/Observation.rs patient/Condition.rs';

beforeAll(async () => {
  const middleware = createSandboxMiddleware(
    createAuthServer(),
    createCaseSource(() => Promise.resolve(CASES)),
  );
  server = createServer((req, res) =>
    middleware(req, res, () => {
      res.statusCode = 418;
      res.end();
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Launch → authorize → token through HTTP; returns the access token. */
async function tokenFor(patient: string, faults: Record<string, unknown> = {}): Promise<string> {
  const created = await fetch(`${origin}/sandbox/api/launch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ patient, faults }),
  });
  const launch = (await created.json()) as { id: string };
  const q = new URLSearchParams({
    response_type: 'code',
    client_id: 'riluzole-monitor-sandbox',
    redirect_uri: `${origin}/index.html`,
    aud: `${origin}/sandbox/fhir`,
    state: 's',
    scope: SCOPE,
    launch: launch.id,
    code_challenge: await s256(VERIFIER),
    code_challenge_method: 'S256',
  });
  const auth = await fetch(`${origin}/sandbox/auth/authorize?${q}`, { redirect: 'manual' });
  const code = new URL(auth.headers.get('location') ?? '').searchParams.get('code') ?? '';
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: `${origin}/index.html`,
    code_verifier: VERIFIER,
  });
  const tok = (await (await fetch(`${origin}/sandbox/auth/token`, { method: 'POST', body })).json()) as {
    access_token: string;
  };
  return tok.access_token;
}

const get = (path: string, token?: string): Promise<Response> =>
  fetch(`${origin}/sandbox/fhir/${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('sandbox HTTP routes', () => {
  it('sends a bare "/" to the sandbox page and leaves other paths to Vite', async () => {
    const root = await fetch(`${origin}/`, { redirect: 'manual' });
    expect(root.headers.get('location')).toBe('/sandbox/');
    expect((await fetch(`${origin}/?code=x`, { redirect: 'manual' })).status).toBe(418);
    expect((await fetch(`${origin}/index.html`)).status).toBe(418);
    expect(await (await fetch(`${origin}/sandbox/`)).text()).toContain('Bart Simpson');
  });

  it('answers discovery without a token and FHIR data only with one', async () => {
    const wk = (await (await get('.well-known/smart-configuration')).json()) as {
      capabilities: string[];
      code_challenge_methods_supported: string[];
    };
    expect(wk.capabilities).toContain('launch-ehr');
    expect(wk.code_challenge_methods_supported).toEqual(['S256']);
    expect((await get('metadata')).status).toBe(200);
    const denied = await get('Patient/bart');
    expect(denied.status).toBe(401);
    expect(denied.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await get('Patient/bart', await tokenFor('bart'))).status).toBe(200);
  });

  it('keeps a token to its own patient and its granted types', async () => {
    const token = await tokenFor('bart');
    expect((await get('Patient/lisa', token)).status).toBe(403);
    expect((await get('Observation?patient=lisa', token)).status).toBe(403);
    expect((await get('AllergyIntolerance?patient=bart', token)).status).toBe(403); // not in SCOPE
  });

  it('applies the launch faults: 500 type, denied type, tiny pages with warnings', async () => {
    const token = await tokenFor('bart', { serverErrorType: 'Condition', deniedType: 'Observation' });
    expect((await get('Condition?patient=bart', token)).status).toBe(500);
    expect((await get('Observation?patient=bart', token)).status).toBe(403);
    const tiny = await tokenFor('bart', { tinyPages: true, warnings: true });
    const page = (await (await get('Observation?patient=bart&_count=100', tiny)).json()) as Bundle;
    const matches = page.entry?.filter((e) => e.search?.mode === 'match') ?? [];
    expect(matches).toHaveLength(5);
    expect(
      page.entry?.some((e) => e.resource?.resourceType === 'OperationOutcome' && e.search?.mode === 'outcome'),
    ).toBe(true);
    expect(page.link?.find((l) => l.relation === 'next')?.url).toContain(`${origin}/sandbox/fhir/Observation?`);
  });

  it('reports its own time per FHIR answer in Server-Timing, apart from the added latency (issue 11.4)', async () => {
    const token = await tokenFor('bart', { latencyMs: 120 });
    const search = await get('Observation?patient=bart', token);
    expect(search.status).toBe(200);
    const timing = search.headers.get('server-timing') ?? '';
    expect(timing).toMatch(/^fhir;dur=\d+(\.\d+)?, latency;dur=120$/);
    // The engine's own time excludes the 120 ms the launch added.
    expect(Number(/fhir;dur=([\d.]+)/.exec(timing)?.[1])).toBeLessThan(120);
    expect((await get('Patient/bart')).headers.get('server-timing')).toMatch(/^fhir;dur=\d/); // a 401 too
  });

  it('expires a token at once when the launch says so', async () => {
    const token = await tokenFor('bart', { expireAfterSeconds: 0 });
    expect((await get('Patient/bart', token)).status).toBe(401);
  });
});
