import { generateKeyPairSync } from 'node:crypto';
import { decodeProtectedHeader, exportJWK, generateKeyPair, jwtVerify, type JWK } from 'jose';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { backendServicesTokens, clientAssertion, loadBackendKey } from '../../../../src/server/bulk/backend-auth';

const BASE = 'https://ehr.example.org/fhir';
const TOKEN_URL = 'https://ehr.example.org/oauth2/token';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function es384(): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  const { privateKey, publicKey } = await generateKeyPair('ES384', { extractable: true });
  return { privateJwk: { ...(await exportJWK(privateKey)), kid: 'k1' }, publicJwk: await exportJWK(publicKey) };
}

/** A token endpoint that records each request's form and answers with `answer(form)`. */
function tokenServer(answer: (form: URLSearchParams) => Response, config: object = {}): URLSearchParams[] {
  const seen: URLSearchParams[] = [];
  server.use(
    http.get(`${BASE}/.well-known/smart-configuration`, () =>
      HttpResponse.json({ token_endpoint: TOKEN_URL, capabilities: ['permission-v2'], ...config }),
    ),
    http.post(TOKEN_URL, async ({ request }) => {
      const form = new URLSearchParams(await request.text());
      seen.push(form);
      return answer(form);
    }),
  );
  return seen;
}

const ok = (token: string, expiresIn = 300): Response =>
  HttpResponse.json({ access_token: token, token_type: 'bearer', expires_in: expiresIn });

describe('SMART Backend Services client assertion', () => {
  it('signs ES384 with kid, iss = sub = client id, aud = token endpoint, a jti and a 5-minute exp', async () => {
    const { privateJwk, publicJwk } = await es384();
    const key = await loadBackendKey(JSON.stringify(privateJwk));
    const jwt = await clientAssertion('clinic-app', TOKEN_URL, key, () => 1_800_000_000_000);
    expect(decodeProtectedHeader(jwt)).toEqual({ alg: 'ES384', kid: 'k1', typ: 'JWT' });
    const { payload } = await jwtVerify(jwt, publicJwk, {
      audience: TOKEN_URL,
      issuer: 'clinic-app',
      subject: 'clinic-app',
      currentDate: new Date(1_800_000_000_000),
    });
    expect(payload.exp).toBe(1_800_000_000 + 300);
    expect(typeof payload.jti).toBe('string');
    const again = await clientAssertion('clinic-app', TOKEN_URL, key);
    const second = await jwtVerify(again, publicJwk);
    expect(second.payload.jti).not.toBe(payload.jti);
  });

  it('reads an RSA PKCS#8 PEM as RS384, and asks for --kid when none is given', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(loadBackendKey(pem)).rejects.toThrow(/needs --kid/);
    const key = await loadBackendKey(pem, 'rsa-1');
    expect(key).toMatchObject({ alg: 'RS384', kid: 'rsa-1' });
    const jwt = await clientAssertion('c', TOKEN_URL, key);
    expect(decodeProtectedHeader(jwt)).toMatchObject({ alg: 'RS384', kid: 'rsa-1' });
  });

  it('refuses a public JWK, a P-256 key and a PKCS#1 PEM without echoing key material', async () => {
    const { publicJwk, privateJwk } = await es384();
    await expect(loadBackendKey(JSON.stringify({ ...publicJwk, kid: 'x' }))).rejects.toThrow(/not a private key/);
    const p256 = await generateKeyPair('ES256', { extractable: true });
    const jwk256 = { ...(await exportJWK(p256.privateKey)), kid: 'x' };
    await expect(loadBackendKey(JSON.stringify(jwk256))).rejects.toThrow(/P-384/);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pkcs1 = privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const error = await loadBackendKey(pkcs1, 'k').catch((e: unknown) => e);
    expect(String(error)).toMatch(/PKCS#8/);
    expect(String(error)).not.toContain(String(privateJwk.d));
  });
});

describe('SMART Backend Services tokens', () => {
  it('discovers the token endpoint and asks client_credentials with system/*.rs scopes', async () => {
    const { privateJwk, publicJwk } = await es384();
    const seen = tokenServer(() => ok('t1'));
    const tokens = backendServicesTokens({
      fhirBase: BASE,
      clientId: 'clinic-app',
      key: await loadBackendKey(JSON.stringify(privateJwk)),
      types: ['Patient', 'Observation'],
    });
    expect(await tokens.token()).toBe('t1');
    expect(await tokens.token()).toBe('t1'); // cached
    expect(seen).toHaveLength(1);
    const form = seen[0] as URLSearchParams;
    expect(form.get('grant_type')).toBe('client_credentials');
    expect(form.get('scope')).toBe('system/Patient.rs system/Observation.rs');
    expect(form.get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
    await jwtVerify(form.get('client_assertion') ?? '', publicJwk, { audience: TOKEN_URL });
  });

  it('falls back to system/*.read when the server refuses .rs as invalid_scope', async () => {
    const seen = tokenServer((form) =>
      form.get('scope')?.includes('.rs') ? HttpResponse.json({ error: 'invalid_scope' }, { status: 400 }) : ok('v1'),
    );
    const key = await loadBackendKey(JSON.stringify((await es384()).privateJwk));
    const tokens = backendServicesTokens({ fhirBase: BASE, clientId: 'c', key, types: ['Patient'] });
    expect(await tokens.token()).toBe('v1');
    expect(seen.map((form) => form.get('scope'))).toEqual(['system/Patient.rs', 'system/Patient.read']);
  });

  it('asks .read at once of a server that advertises only SMART v1 scopes', async () => {
    const seen = tokenServer(() => ok('v1'), { capabilities: ['permission-v1'], scopes_supported: [] });
    const key = await loadBackendKey(JSON.stringify((await es384()).privateJwk));
    await backendServicesTokens({ fhirBase: BASE, clientId: 'c', key, types: ['Patient'] }).token();
    expect(seen.map((form) => form.get('scope'))).toEqual(['system/Patient.read']);
  });

  it('renews on expiry and after invalidate(), each time with a new assertion', async () => {
    let n = 0;
    const seen = tokenServer(() => ok(`t${++n}`, 120));
    const key = await loadBackendKey(JSON.stringify((await es384()).privateJwk));
    let clock = 1_800_000_000_000;
    const tokens = backendServicesTokens({ fhirBase: BASE, clientId: 'c', key, types: ['Patient'], now: () => clock });
    expect(await tokens.token()).toBe('t1');
    clock += 61_000; // 120 s token, renewed 60 s before it runs out
    expect(await tokens.token()).toBe('t2');
    tokens.invalidate();
    expect(await tokens.token()).toBe('t3');
    const jtis = seen.map((form) => JSON.parse(atob((form.get('client_assertion') ?? '').split('.')[1] ?? '')).jti);
    expect(new Set(jtis).size).toBe(3);
  });

  it('says in one line why the token endpoint refused the client', async () => {
    tokenServer(() => HttpResponse.json({ error: 'invalid_client' }, { status: 401 }));
    const key = await loadBackendKey(JSON.stringify((await es384()).privateJwk));
    const tokens = backendServicesTokens({ fhirBase: BASE, clientId: 'c', key, types: ['Patient'] });
    await expect(tokens.token()).rejects.toThrow('the token endpoint refused the client (invalid_client)');
  });
});
