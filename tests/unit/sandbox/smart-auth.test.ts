import { describe, expect, it } from 'vitest';
import { parseFaults } from '../../../src/sandbox/faults';
import { allows, grantScope } from '../../../src/sandbox/scopes';
import { createAuthServer, s256, SANDBOX_CLIENT_ID, type Session } from '../../../src/sandbox/smart-auth';

const ORIGIN = 'http://127.0.0.1:5173';
const FHIR = `${ORIGIN}/sandbox/fhir`;
const REDIRECT = `${ORIGIN}/index.html`;
const VERIFIER = 'a-verifier-that-is-long-enough-for-pkce-0123456789';
const SCOPE =
  'launch openid fhirUser online_access patient/Patient.rs patient/Observation.rs patient/AllergyIntolerance.rs';

async function authorizeParams(launch?: string, extra: Record<string, string> = {}): Promise<URLSearchParams> {
  return new URLSearchParams({
    response_type: 'code',
    client_id: SANDBOX_CLIENT_ID,
    redirect_uri: REDIRECT,
    aud: FHIR,
    state: 'state-123',
    scope: SCOPE,
    code_challenge: await s256(VERIFIER),
    code_challenge_method: 'S256',
    ...(launch ? { launch } : {}),
    ...extra,
  });
}

function location(result: ReturnType<ReturnType<typeof createAuthServer>['authorize']>): URL {
  if (result.kind !== 'redirect') throw new Error(`expected a redirect, got ${result.kind}`);
  return new URL(result.location);
}

function exchange(code: string, verifier = VERIFIER): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT,
    code_verifier: verifier,
  });
}

describe('sandbox SMART authorization server', () => {
  it('runs an EHR launch: code with state, PKCE-checked token with the launch patient', async () => {
    const auth = createAuthServer();
    const launch = auth.createLaunch('homer');
    const back = location(auth.authorize(await authorizeParams(launch.id), FHIR, ORIGIN));
    expect(back.searchParams.get('state')).toBe('state-123');
    const res = await auth.token(exchange(back.searchParams.get('code') ?? ''));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ token_type: 'Bearer', patient: 'homer', need_patient_banner: true });
    expect(res.body.scope).toBe(SCOPE);
    expect(typeof res.body.refresh_token).toBe('string');
    const session = auth.authenticate(`Bearer ${String(res.body.access_token)}`) as Session;
    expect(session.patient).toBe('homer');
  });

  it('refuses a wrong verifier, a reused code and a changed redirect_uri', async () => {
    const auth = createAuthServer();
    const launch = auth.createLaunch('homer');
    const code1 =
      location(auth.authorize(await authorizeParams(launch.id), FHIR, ORIGIN)).searchParams.get('code') ?? '';
    expect((await auth.token(exchange(code1, 'wrong-verifier'))).body.error).toBe('invalid_grant');
    expect((await auth.token(exchange(code1))).body.error).toBe('invalid_grant'); // burnt by the failed try
    const code2 =
      location(auth.authorize(await authorizeParams(launch.id), FHIR, ORIGIN)).searchParams.get('code') ?? '';
    const moved = exchange(code2);
    moved.set('redirect_uri', `${ORIGIN}/other.html`);
    expect((await auth.token(moved)).status).toBe(400);
  });

  it('requires S256 PKCE, the right aud, and a redirect_uri on its own origin', async () => {
    const auth = createAuthServer();
    const launch = auth.createLaunch('homer');
    const plain = location(
      auth.authorize(await authorizeParams(launch.id, { code_challenge_method: 'plain' }), FHIR, ORIGIN),
    );
    expect(plain.searchParams.get('error')).toBe('invalid_request');
    const aud = location(
      auth.authorize(await authorizeParams(launch.id, { aud: 'https://evil.example/fhir' }), FHIR, ORIGIN),
    );
    expect(aud.searchParams.get('error')).toBe('invalid_request');
    const evil = auth.authorize(
      await authorizeParams(launch.id, { redirect_uri: 'https://evil.example/cb' }),
      FHIR,
      ORIGIN,
    );
    expect(evil.kind).toBe('error'); // never redirect to an unregistered URI
  });

  it('asks for a patient on a standalone launch, then uses the one picked', async () => {
    const auth = createAuthServer();
    expect(auth.authorize(await authorizeParams(), FHIR, ORIGIN).kind).toBe('pick-patient');
    const code =
      location(auth.authorize(await authorizeParams(), FHIR, ORIGIN, 'marge')).searchParams.get('code') ?? '';
    expect((await auth.token(exchange(code))).body.patient).toBe('marge');
  });

  it('binds faults to the launch: access denied, denied scope, expiry, no refresh', async () => {
    let now = 1_000_000;
    const auth = createAuthServer({ now: () => now });
    const denied = auth.createLaunch('homer', parseFaults({ accessDenied: true }));
    const back = location(auth.authorize(await authorizeParams(denied.id), FHIR, ORIGIN));
    expect(back.searchParams.get('error')).toBe('access_denied');
    expect(back.searchParams.get('error_description')).toMatch(/denied/);

    const faulty = auth.createLaunch(
      'homer',
      parseFaults({ deniedType: 'AllergyIntolerance', expireAfterSeconds: '10' }),
    );
    const code =
      location(auth.authorize(await authorizeParams(faulty.id), FHIR, ORIGIN)).searchParams.get('code') ?? '';
    const tok = await auth.token(exchange(code));
    expect(tok.body.scope).not.toContain('AllergyIntolerance');
    const header = `Bearer ${String(tok.body.access_token)}`;
    expect(typeof auth.authenticate(header)).toBe('object');
    now += 10_000;
    expect(auth.authenticate(header)).toBe('expired');
    const refresh = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: String(tok.body.refresh_token) });
    expect((await auth.token(refresh)).body.error).toBe('invalid_grant');
    expect(auth.authenticate(undefined)).toBe('missing');
    expect(auth.authenticate('Bearer nope')).toBe('invalid');
  });
});

describe('scopes', () => {
  it('reads v1 and v2 resource scopes', () => {
    expect(allows('patient/Observation.rs', 'Observation', 's')).toBe(true);
    expect(allows('patient/Observation.r', 'Observation', 's')).toBe(false);
    expect(allows('patient/Observation.read', 'Observation', 's')).toBe(true);
    expect(allows('patient/*.rs', 'Condition', 'r')).toBe(true);
    expect(allows('patient/Observation.rs?category=laboratory', 'Observation', 's')).toBe(true);
    expect(allows('launch openid', 'Patient', 'r')).toBe(false);
  });

  it('removes the denied type and grants openid fhirUser (it signs id_tokens)', () => {
    expect(grantScope('openid fhirUser launch patient/Condition.rs patient/Patient.rs', 'Condition')).toBe(
      'openid fhirUser launch patient/Patient.rs',
    );
  });
});
