import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBackendAuth, systemAllows } from '../../../src/sandbox/bulk/backend-token';

const TOKEN_URL = 'http://127.0.0.1:5173/sandbox/auth/token';
const CLIENT = 'worklist';
let privateKey: CryptoKey;
let jwks: { keys: JWK[] };

beforeAll(async () => {
  const pair = await generateKeyPair('ES384', { extractable: true });
  privateKey = pair.privateKey;
  jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'k1' }] };
});

function assertion(claims: { aud?: string; exp?: string | number; jti?: string | null; iss?: string } = {}) {
  const jwt = new SignJWT({})
    .setProtectedHeader({ alg: 'ES384', kid: 'k1' })
    .setIssuer(claims.iss ?? CLIENT)
    .setSubject(CLIENT)
    .setAudience(claims.aud ?? TOKEN_URL)
    .setExpirationTime(claims.exp ?? '4m');
  if (claims.jti !== null) jwt.setJti(claims.jti ?? crypto.randomUUID());
  return jwt.sign(privateKey);
}

const form = async (jwt: string, scope = 'system/Patient.rs system/Observation.read'): Promise<URLSearchParams> =>
  new URLSearchParams({
    grant_type: 'client_credentials',
    scope,
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: jwt,
  });

describe('sandbox Backend Services token endpoint', () => {
  it('grants the system scopes asked for a valid assertion, and the token authenticates', async () => {
    const auth = createBackendAuth([{ clientId: CLIENT, jwks }]);
    const out = await auth.token(await form(await assertion()), TOKEN_URL);
    expect(out.status).toBe(200);
    expect(out.body).toMatchObject({
      token_type: 'bearer',
      expires_in: 300,
      scope: 'system/Patient.rs system/Observation.read',
    });
    const session = auth.authenticate(`Bearer ${String(out.body.access_token)}`);
    expect(session).toMatchObject({ clientId: CLIENT });
    auth.expire(`Bearer ${String(out.body.access_token)}`);
    expect(auth.authenticate(`Bearer ${String(out.body.access_token)}`)).toBe('expired');
  });

  it.each([
    ['another audience', { aud: 'https://elsewhere/token' }],
    ['another issuer', { iss: 'someone-else' }],
    ['an exp more than five minutes ahead', { exp: '30m' }],
    ['no jti', { jti: null }],
    ['an expired assertion', { exp: Math.floor(Date.now() / 1000) - 120 }],
  ])('refuses %s as invalid_client', async (_what, claims) => {
    const auth = createBackendAuth([{ clientId: CLIENT, jwks }]);
    const out = await auth.token(await form(await assertion(claims)), TOKEN_URL);
    expect(out.status).toBe(401);
    expect(out.body.error).toBe('invalid_client');
  });

  it('answers invalid_scope when no system scope is asked', async () => {
    const auth = createBackendAuth([{ clientId: CLIENT, jwks }]);
    const out = await auth.token(await form(await assertion(), 'patient/Patient.rs'), TOKEN_URL);
    expect(out.body.error).toBe('invalid_scope');
  });

  it('reads system scopes: .rs, .read and * grant reading; .s alone does not', () => {
    expect(systemAllows('system/Observation.rs', 'Observation')).toBe(true);
    expect(systemAllows('system/*.read', 'Condition')).toBe(true);
    expect(systemAllows('system/Observation.rs', 'Condition')).toBe(false);
    expect(systemAllows('system/Observation.s', 'Observation')).toBe(false);
  });
});
