/**
 * A fake EHR for the worklist sign-in tests: SMART discovery with a jwks_uri, a local JWKS (jose
 * generateKeyPair + exportJWK), and a token endpoint that checks the code and the PKCE verifier and
 * answers an id_token the test shapes (claims, key, header). Served through the server's `fetch`.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';

export const EHR = 'https://ehr.example.org/fhir';
export const CLIENT_ID = 'riluzole-worklist';
export const NURSE = 'https://ehr.example.org/fhir/Practitioner/nurse-1';
const GOOD_CODE = 'code-s3cr3t-abc';
export const ACCESS_TOKEN = 'access-token-s3cr3t';

export interface IdTokenShape {
  /** Claims over the defaults (iss, aud, sub, fhirUser, name, nonce, iat, exp in 5 min). */
  readonly claims?: (nonce: string) => JWTPayload;
  /** Sign with a key the EHR does not publish (same kid). */
  readonly foreignKey?: boolean;
}

export interface FakeOidcEhr {
  readonly fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** How the next token response's id_token is made. */
  shape: IdTokenShape;
  /** Token requests answered so far. */
  tokenCalls: number;
  /** What the EHR learnt at authorize: the PKCE challenge and the nonce of a login. */
  remember(challenge: string, nonce: string): void;
}

const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export async function fakeOidcEhr(): Promise<FakeOidcEhr> {
  const kid = 'ehr-key-1';
  const own = await generateKeyPair('ES256');
  const foreign = await generateKeyPair('ES256');
  const jwks = { keys: [{ ...(await exportJWK(own.publicKey)), kid, alg: 'ES256', use: 'sig' }] };
  const challenges = new Map<string, string>(); // code_challenge -> nonce, learnt at authorize
  const sign = (payload: JWTPayload, key: CryptoKey): Promise<string> =>
    new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid, typ: 'JWT' }).sign(key);

  const ehr: FakeOidcEhr = {
    shape: {},
    tokenCalls: 0,
    remember: (challenge, nonce) => void challenges.set(challenge, nonce),
    async fetch(url, init) {
      if (url === `${EHR}/.well-known/smart-configuration`) {
        return json({
          issuer: EHR,
          authorization_endpoint: `${EHR}/auth/authorize`,
          token_endpoint: `${EHR}/auth/token`,
          jwks_uri: `${EHR}/auth/jwks`,
          code_challenge_methods_supported: ['S256'],
        });
      }
      if (url === `${EHR}/auth/jwks`) return json(jwks);
      if (url === `${EHR}/auth/token` && init?.method === 'POST') {
        ehr.tokenCalls += 1;
        const form = new URLSearchParams(String(init.body));
        const verifier = form.get('code_verifier') ?? '';
        const nonce = challenges.get(createHash('sha256').update(verifier).digest('base64url'));
        if (form.get('code') !== GOOD_CODE || nonce === undefined) return json({ error: 'invalid_grant' }, 400);
        const now = Math.floor(Date.now() / 1000);
        const base: JWTPayload = {
          iss: EHR,
          aud: CLIENT_ID,
          sub: 'nurse-1',
          fhirUser: NURSE,
          name: 'Alex Morgan, RN',
          nonce,
          iat: now,
          exp: now + 300,
        };
        const payload = { ...base, ...ehr.shape.claims?.(nonce) };
        const idToken = await sign(payload, ehr.shape.foreignKey ? foreign.privateKey : own.privateKey);
        return json({ access_token: ACCESS_TOKEN, token_type: 'Bearer', id_token: idToken, scope: 'openid fhirUser' });
      }
      return json({ error: 'not found' }, 404);
    },
  };
  return ehr;
}

export interface Login {
  readonly state: string;
  readonly loginCookie: string;
  readonly authorize: URL;
}

const cookiesOf = (r: LightMyRequestResponse): string[] => {
  const h = r.headers['set-cookie'];
  return h === undefined ? [] : Array.isArray(h) ? h : [String(h)];
};

/** The cookie of that name in a response, with its attributes, or undefined. */
export function setCookie(r: LightMyRequestResponse, name: string): string | undefined {
  return cookiesOf(r).find((c) => c.startsWith(`${name}=`));
}

/** `GET /worklist/login` as a browser: the authorize URL and the login cookie. */
export async function startLogin(app: FastifyInstance, ehr: FakeOidcEhr): Promise<Login> {
  const r = await app.inject({ url: '/worklist/login' });
  if (r.statusCode !== 302) throw new Error(`login answered ${r.statusCode}`);
  const authorize = new URL(String(r.headers.location));
  const state = authorize.searchParams.get('state') ?? '';
  const cookie = setCookie(r, 'rm_worklist_login') ?? '';
  // The test plays the browser and the EHR's authorize page: the EHR learns the login's nonce.
  ehr.remember(authorize.searchParams.get('code_challenge') ?? '', authorize.searchParams.get('nonce') ?? '');
  return { state, loginCookie: cookie.split(';')[0] ?? '', authorize };
}

/** The EHR's redirect back, as the browser follows it. */
export function callback(
  app: FastifyInstance,
  login: Login,
  over: { readonly state?: string | null; readonly code?: string; readonly cookie?: string | null } = {},
): Promise<LightMyRequestResponse> {
  const q = new URLSearchParams({ code: over.code ?? GOOD_CODE });
  const state = over.state === undefined ? login.state : over.state;
  if (state !== null) q.set('state', state);
  const cookie = over.cookie === undefined ? login.loginCookie : over.cookie;
  return app.inject({ url: `/worklist/callback?${q.toString()}`, headers: cookie === null ? {} : { cookie } });
}

/** A full sign-in; returns the session cookie (`name=value`) and the response. */
export async function signIn(
  app: FastifyInstance,
  ehr: FakeOidcEhr,
): Promise<{ cookie: string | undefined; response: LightMyRequestResponse }> {
  const response = await callback(app, await startLogin(app, ehr));
  return { cookie: setCookie(response, 'rm_worklist_session')?.split(';')[0], response };
}
