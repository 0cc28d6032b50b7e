/**
 * The worklist sign-in through buildServer and Fastify's inject, against a fake EHR with a local
 * JWKS: the authorize redirect, the session cookie's flags, every refusal of the callback (no
 * session), the API's 401 before sign-in, the CSRF check of every POST, and logs free of secrets.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/rules';
import { buildServer } from '../../../src/server/app';
import { DEFAULT_CONFIG, type ServerConfig } from '../../../src/server/config';
import { openDatabase, type Db } from '../../../src/server/store';
import {
  ACCESS_TOKEN,
  callback,
  CLIENT_ID,
  EHR,
  fakeOidcEhr,
  NURSE,
  setCookie,
  signIn,
  startLogin,
} from './support/oidc-ehr';
import type { FakeOidcEhr } from './support/oidc-ehr';
import { seedDatabase } from './worklist-cli-helpers';

const dir = mkdtempSync(join(tmpdir(), 'worklist-signin-'));
const CONFIG: ServerConfig = {
  ...DEFAULT_CONFIG,
  publicUrl: 'https://worklist.example.org',
  worklist: { signIn: { issuer: EHR, clientId: CLIENT_ID }, writeBack: false },
};
const lines: string[] = [];
let db: Db;
let ehr: FakeOidcEhr;
let app: FastifyInstance;

beforeAll(async () => {
  const file = join(dir, 'w.sqlite');
  seedDatabase(file, ['alt-stop-on-treatment', 'on-riluzole-up-to-date']);
  db = openDatabase(file);
  ehr = await fakeOidcEhr();
  app = buildServer(CONFIG, {
    settings: DEFAULT_SETTINGS,
    today: () => '2026-11-25',
    db,
    signInFetch: ehr.fetch,
    logger: { level: 'trace', stream: { write: (line: string) => void lines.push(line) } },
  });
  await app.ready();
});
beforeEach(() => {
  ehr.shape = {};
});
afterAll(async () => {
  await app.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('worklist sign-in (OpenID Connect)', () => {
  it('sends the browser to the EHR with openid fhirUser, state, nonce and PKCE S256', async () => {
    const { authorize, loginCookie } = await startLogin(app, ehr);
    expect(`${authorize.origin}${authorize.pathname}`).toBe(`${EHR}/auth/authorize`);
    const q = authorize.searchParams;
    expect(q.get('response_type')).toBe('code');
    expect(q.get('client_id')).toBe(CLIENT_ID);
    expect(q.get('scope')).toBe('openid fhirUser');
    expect(q.get('redirect_uri')).toBe('https://worklist.example.org/worklist/callback');
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(q.get('state')).toMatch(/^[\w-]{43}$/);
    expect(q.get('nonce')).toMatch(/^[\w-]{43}$/);
    expect(q.get('nonce')).not.toBe(q.get('state'));
    expect(q.get('aud')).toBe(EHR);
    expect(loginCookie).toBe(`rm_worklist_login=${q.get('state')}`);
  });

  it('signs in: an HttpOnly, Secure, SameSite=Strict session cookie, then the worklist page', async () => {
    const { response, cookie } = await signIn(app, ehr);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/worklist/');
    const flags = setCookie(response, 'rm_worklist_session')?.split(/;\s*/) ?? [];
    expect(flags).toEqual(expect.arrayContaining(['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/worklist']));
    const session = await app.inject({ url: '/worklist/api/session', headers: { cookie: cookie ?? '' } });
    expect(session.statusCode).toBe(200);
    expect(session.json()).toEqual({
      fhirUser: NURSE,
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
      displayName: 'Alex Morgan, RN',
    });
    const rows = await app.inject({ url: '/worklist/api/rows', headers: { cookie: cookie ?? '' } });
    expect(rows.statusCode).toBe(200);
    expect(rows.json<{ rows: unknown[] }>().rows).toHaveLength(2);
  });

  const now = (): number => Math.floor(Date.now() / 1000);
  it.each([
    ['a bad signature', { foreignKey: true }, /signature/],
    ['a wrong aud', { claims: () => ({ aud: 'someone-else' }) }, /aud/],
    ['a wrong iss', { claims: () => ({ iss: 'https://evil.example.org/fhir' }) }, /iss/],
    ['an expired id_token', { claims: () => ({ exp: now() - 600, iat: now() - 900 }) }, /expired/],
    ['a wrong nonce', { claims: () => ({ nonce: 'not-the-nonce' }) }, /nonce/],
    ['no fhirUser', { claims: () => ({ fhirUser: undefined }) }, /fhirUser/],
    ['several audiences without our azp', { claims: () => ({ aud: [CLIENT_ID, 'other'] }) }, /azp/],
  ] as const)('refuses %s: an error page and no session', async (_what, shape, message) => {
    ehr.shape = shape;
    const { response, cookie } = await signIn(app, ehr);
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.body).toMatch(message);
    expect(cookie).toBeUndefined();
  });

  it.each([
    ['a missing state', { state: null }],
    ['a wrong state', { state: 'made-up-state' }],
    ['no login cookie (a link made in another browser)', { cookie: null }],
    ['another login attempt’s cookie', { cookie: 'rm_worklist_login=other' }],
  ] as const)('refuses a callback with %s before the code is used', async (_what, over) => {
    const calls = ehr.tokenCalls;
    const response = await callback(app, await startLogin(app, ehr), over);
    expect(response.statusCode).toBe(400);
    expect(response.body).toMatch(/unknown, expired or already used/);
    expect(setCookie(response, 'rm_worklist_session')).toBeUndefined();
    expect(ehr.tokenCalls).toBe(calls);
  });

  it('refuses a replayed callback: the login attempt is used once', async () => {
    const login = await startLogin(app, ehr);
    expect((await callback(app, login)).statusCode).toBe(302);
    const again = await callback(app, login);
    expect(again.statusCode).toBe(400);
    expect(setCookie(again, 'rm_worklist_session')).toBeUndefined();
  });

  it('shows the EHR’s refusal (error=access_denied) as an error page', async () => {
    const login = await startLogin(app, ehr);
    const r = await app.inject({
      url: `/worklist/callback?error=access_denied&state=${login.state}`,
      headers: { cookie: login.loginCookie },
    });
    expect(r.statusCode).toBe(400);
    expect(r.body).toMatch(/access_denied/);
    expect(setCookie(r, 'rm_worklist_session')).toBeUndefined();
  });
});

describe('worklist API and CSRF', () => {
  it.each([
    ['GET', '/worklist/api/session'],
    ['GET', '/worklist/api/rows'],
    ['GET', '/worklist/api/patients/alt-stop-on-treatment'],
    ['POST', '/worklist/api/patients/alt-stop-on-treatment/reviews'],
    ['POST', '/worklist/logout'],
  ] as const)('answers %s %s with 401 without a session (or with an unknown one)', async (method, url) => {
    for (const headers of [{}, { cookie: 'rm_worklist_session=forged' }]) {
      const r = await app.inject({ method, url, headers, ...(method === 'POST' ? { payload: {} } : {}) });
      expect(r.statusCode).toBe(401);
      expect(r.body).not.toMatch(/alt-stop|Nguyen/);
      expect(r.headers['cache-control']).toBe('no-store');
    }
  });

  it('refuses a POST with a missing or wrong X-CSRF-Token (403), takes the right one', async () => {
    const { cookie = '' } = await signIn(app, ehr);
    const { csrfToken } = (await app.inject({ url: '/worklist/api/session', headers: { cookie } })).json<{
      csrfToken: string;
    }>();
    const url = '/worklist/api/patients/alt-stop-on-treatment/reviews';
    const payload = { action: 'acknowledge' };
    for (const token of [undefined, 'wrong', `${csrfToken}x`]) {
      const headers = { cookie, ...(token !== undefined ? { 'x-csrf-token': token } : {}) };
      const r = await app.inject({ method: 'POST', url, headers, payload });
      expect(r.statusCode).toBe(403);
    }
    const ok = await app.inject({ method: 'POST', url, headers: { cookie, 'x-csrf-token': csrfToken }, payload });
    expect(ok.statusCode).toBe(201);
    expect(ok.json<{ by: string }>().by).toBe(NURSE);
  });

  it('logs out with the CSRF token only; the session then ends', async () => {
    const { cookie = '' } = await signIn(app, ehr);
    const { csrfToken } = (await app.inject({ url: '/worklist/api/session', headers: { cookie } })).json<{
      csrfToken: string;
    }>();
    expect((await app.inject({ method: 'POST', url: '/worklist/logout', headers: { cookie } })).statusCode).toBe(403);
    const out = await app.inject({
      method: 'POST',
      url: '/worklist/logout',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(setCookie(out, 'rm_worklist_session')).toMatch(/Max-Age=0/);
    expect((await app.inject({ url: '/worklist/api/session', headers: { cookie } })).statusCode).toBe(401);
  });

  it('never logs the code, a token, the state or the cookie', async () => {
    const { cookie = '' } = await signIn(app, ehr);
    await app.inject({ url: '/worklist/api/rows', headers: { cookie } });
    const log = lines.join('');
    expect(log).toContain('/worklist/callback');
    for (const secret of ['code-s3cr3t', ACCESS_TOKEN, cookie.split('=')[1] ?? 'x', 'state=', 'eyJ']) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('worklist sign-in on this machine', () => {
  it('sets no Secure flag on http://127.0.0.1 (a browser keeps no Secure cookie over http)', async () => {
    const local = buildServer(
      { ...CONFIG, publicUrl: 'http://127.0.0.1:8787' },
      { settings: DEFAULT_SETTINGS, db, signInFetch: ehr.fetch, logger: false },
    );
    const { response } = await signIn(local, ehr);
    const flags = setCookie(response, 'rm_worklist_session')?.split(/;\s*/) ?? [];
    expect(flags).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict']));
    expect(flags).not.toContain('Secure');
    await local.close();
  });
});
