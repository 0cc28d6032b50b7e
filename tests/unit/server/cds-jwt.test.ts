/**
 * CDS Hooks 2.0.1 "Trusting CDS Clients", the header and claims the contract tests do not cover:
 * `kid` and `iat` are REQUIRED; a `jku` header is accepted only when it is the issuer's configured
 * JWKS URL ("maintain an allowlist of iss and jku urls") and is never fetched; `aud` may be a list.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, type JWTHeaderParameters } from 'jose';
import { ISS, JWKS_URL, PUBLIC_URL, hookBody } from './support/ehr';
import { startHarness, stopHarness, type Harness } from './support/harness';

const SELECT = '/cds-services/riluzole-order-select';
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => stopHarness(h));

interface Token {
  readonly header?: Partial<JWTHeaderParameters>;
  readonly iat?: boolean;
  readonly aud?: string | string[];
}

function sign(o: Token = {}): Promise<string> {
  let jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid: 'ehr-key-1', ...o.header })
    .setIssuer(ISS)
    .setAudience(o.aud ?? `${PUBLIC_URL}${SELECT}`)
    .setExpirationTime('5m')
    .setJti(randomUUID());
  if (o.iat !== false) jwt = jwt.setIssuedAt();
  return jwt.sign(h.keys.privateKey);
}

// No prefetch and no fhirServer: a request that passes authentication answers 412, never 401.
const body = (): unknown => hookBody('order-select', 'p1', {}, []);

async function call(token: string): Promise<{ status: number; error?: string }> {
  const res = await h.post(SELECT, body(), token);
  return { status: res.status, error: (res.json() as { error?: string }).error };
}

describe('the JWT header', () => {
  it('accepts a jku that is the configured JWKS URL', async () => {
    expect((await call(await sign({ header: { jku: JWKS_URL } }))).status).toBe(412);
  });

  it('refuses a jku that is not the configured JWKS URL, without fetching it', async () => {
    // msw has no handler for this URL: fetching it would fail the test (onUnhandledRequest: 'error').
    const res = await call(await sign({ header: { jku: 'https://attacker.example.net/jwks.json' } }));
    expect(res).toEqual({ status: 401, error: "the JWT jku is not the issuer's configured JWKS URL" });
  });

  it('refuses a JWT without kid', async () => {
    const res = await call(await sign({ header: { kid: undefined } }));
    expect(res).toEqual({ status: 401, error: 'the JWT header has no kid' });
  });

  it('refuses a kid the JWKS does not hold', async () => {
    const res = await call(await sign({ header: { kid: 'rotated-away' } }));
    expect(res).toEqual({ status: 401, error: "no key of the issuer's JWKS matches the JWT" });
  });
});

describe('the JWT claims', () => {
  it('refuses a JWT without iat', async () => {
    const res = await call(await sign({ iat: false }));
    expect(res).toEqual({ status: 401, error: 'the JWT claim "iat" is invalid' });
  });

  it('accepts aud as a list naming the service URL', async () => {
    expect((await call(await sign({ aud: ['https://other.example.org', `${PUBLIC_URL}${SELECT}`] }))).status).toBe(412);
  });
});
