/**
 * The sandbox EHR as an OpenID Connect provider: `openid fhirUser` brings an id_token signed with the
 * sandbox key (its JWKS public), for the client that asked, with its nonce and the sandbox nurse as
 * fhirUser; a sign-in alone asks for no patient, and its token reads no chart.
 */
import { createLocalJWKSet, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { smartConfiguration } from '../../../src/sandbox/discovery';
import { createAuthServer, s256, SANDBOX_CLIENT_ID, SANDBOX_WORKLIST_CLIENT_ID } from '../../../src/sandbox/smart-auth';
import { SANDBOX_NURSE } from '../../../src/sandbox/staff';

const ORIGIN = 'http://127.0.0.1:5173';
const FHIR = `${ORIGIN}/sandbox/fhir`;
const VERIFIER = 'a-verifier-that-is-long-enough-for-pkce-0123456789';

async function signInParams(over: Record<string, string> = {}): Promise<URLSearchParams> {
  return new URLSearchParams({
    response_type: 'code',
    client_id: SANDBOX_WORKLIST_CLIENT_ID,
    redirect_uri: `${ORIGIN}/worklist/callback`,
    aud: FHIR,
    state: 'state-1',
    nonce: 'nonce-1',
    scope: 'openid fhirUser',
    code_challenge: await s256(VERIFIER),
    code_challenge_method: 'S256',
    ...over,
  });
}

function codeOf(result: ReturnType<ReturnType<typeof createAuthServer>['authorize']>): string {
  if (result.kind !== 'redirect') throw new Error(`expected a redirect, got ${result.kind}`);
  return new URL(result.location).searchParams.get('code') ?? '';
}

const exchange = (code: string, redirect = `${ORIGIN}/worklist/callback`): URLSearchParams =>
  new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirect, code_verifier: VERIFIER });

describe('sandbox OpenID Connect', () => {
  it('signs in the nurse without a patient: an id_token the published JWKS verifies', async () => {
    const auth = createAuthServer();
    const tok = await auth.token(exchange(codeOf(auth.authorize(await signInParams(), FHIR, ORIGIN))));
    expect(tok.status).toBe(200);
    expect(tok.body.patient).toBeUndefined();
    const { payload } = await jwtVerify(
      String(tok.body.id_token),
      createLocalJWKSet({ keys: [...(await auth.jwks()).keys] }),
      {
        issuer: FHIR,
        audience: SANDBOX_WORKLIST_CLIENT_ID,
      },
    );
    expect(payload).toMatchObject({ nonce: 'nonce-1', fhirUser: `${FHIR}/Practitioner/${SANDBOX_NURSE.id}` });
    expect(payload.exp).toBeGreaterThan(Date.now() / 1000);
    const session = auth.authenticate(`Bearer ${String(tok.body.access_token)}`);
    expect(session).toMatchObject({ scope: 'openid fhirUser' });
    expect(typeof session === 'object' ? session.patient : 'no session').toBeUndefined();
  });

  it('gives the SMART app an id_token too (it asks openid fhirUser), aud its own client id', async () => {
    const auth = createAuthServer();
    const launch = auth.createLaunch('homer');
    const params = await signInParams({
      client_id: SANDBOX_CLIENT_ID,
      redirect_uri: `${ORIGIN}/index.html`,
      launch: launch.id,
      scope: 'launch openid fhirUser patient/Patient.rs',
    });
    params.delete('nonce');
    const tok = await auth.token(exchange(codeOf(auth.authorize(params, FHIR, ORIGIN)), `${ORIGIN}/index.html`));
    expect(tok.body.patient).toBe('homer');
    const { payload } = await jwtVerify(
      String(tok.body.id_token),
      createLocalJWKSet({ keys: [...(await auth.jwks()).keys] }),
    );
    expect(payload.aud).toBe(SANDBOX_CLIENT_ID);
    expect(payload.nonce).toBeUndefined();
  });

  it('issues no id_token without openid fhirUser', async () => {
    const auth = createAuthServer();
    const launch = auth.createLaunch('homer');
    const params = await signInParams({
      client_id: SANDBOX_CLIENT_ID,
      redirect_uri: `${ORIGIN}/index.html`,
      launch: launch.id,
      scope: 'launch patient/Patient.rs',
    });
    const tok = await auth.token(exchange(codeOf(auth.authorize(params, FHIR, ORIGIN)), `${ORIGIN}/index.html`));
    expect(tok.body.id_token).toBeUndefined();
  });

  it('lets the worklist (only) come back to a loopback port of its own', async () => {
    const auth = createAuthServer();
    const serve = 'http://127.0.0.1:8787/worklist/callback';
    expect(auth.authorize(await signInParams({ redirect_uri: serve }), FHIR, ORIGIN).kind).toBe('redirect');
    const app = await signInParams({ client_id: SANDBOX_CLIENT_ID, redirect_uri: serve });
    expect(auth.authorize(app, FHIR, ORIGIN).kind).toBe('error');
    const far = await signInParams({ redirect_uri: 'https://evil.example/worklist/callback' });
    expect(auth.authorize(far, FHIR, ORIGIN).kind).toBe('error');
  });

  it('publishes jwks_uri and the openid fhirUser scopes in its smart-configuration', () => {
    const config = smartConfiguration(ORIGIN);
    expect(config.jwks_uri).toBe(`${ORIGIN}/sandbox/auth/jwks.json`);
    expect(config.scopes_supported).toEqual(expect.arrayContaining(['openid', 'fhirUser']));
  });
});
