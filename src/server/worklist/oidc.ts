/**
 * OpenID Connect for the worklist sign-in, as a SMART app with `openid fhirUser` (authorization code,
 * public client, PKCE S256): discovery, the authorize URL, the code exchange and the id_token check
 * (signature against the issuer's JWKS, `iss`, `aud`, `exp`, `nonce`), all with jose. The access token
 * the exchange returns is dropped at once: the worklist needs only to know who signed in.
 */
import { createHash } from 'node:crypto';
import { createRemoteJWKSet, customFetch, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';

export type HttpFetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface OidcProvider {
  /** The `iss` every id_token must carry. */
  readonly issuer: string;
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly keys: JWTVerifyGetKey;
}

/** A refused sign-in: the message is shown to the user and names no token, code or claim value. */
export class SignInError extends Error {
  override readonly name = 'SignInError';
}

export interface SignedInUser {
  readonly fhirUser: string;
  readonly displayName?: string;
}

/** The algorithms an EHR signs id_tokens with (OIDC's default RS256, and the SMART ones). */
const ALGORITHMS = ['RS256', 'RS384', 'ES256', 'ES384', 'PS256'];
const CLOCK_SKEW_S = 60;
const HTTP_TIMEOUT_MS = 10_000;

function stringField(json: Record<string, unknown>, key: string): string | undefined {
  const v = json[key];
  return typeof v === 'string' && /^https?:\/\//.test(v) ? v : undefined;
}

async function getJson(fetchImpl: HttpFetch, url: string): Promise<Record<string, unknown> | undefined> {
  try {
    const r = await fetchImpl(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    if (!r.ok) return undefined;
    const body: unknown = await r.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads `<issuer>/.well-known/smart-configuration`, else `openid-configuration`: the endpoints and
 * the `jwks_uri` (without which no id_token can be checked, so no sign-in).
 */
export async function discoverProvider(issuer: string, fetchImpl: HttpFetch = fetch): Promise<OidcProvider> {
  const base = issuer.replace(/\/+$/, '');
  for (const doc of ['smart-configuration', 'openid-configuration']) {
    const json = await getJson(fetchImpl, `${base}/.well-known/${doc}`);
    if (!json) continue;
    const authorizationEndpoint = stringField(json, 'authorization_endpoint');
    const tokenEndpoint = stringField(json, 'token_endpoint');
    const jwksUri = stringField(json, 'jwks_uri');
    if (!authorizationEndpoint || !tokenEndpoint || !jwksUri) continue;
    const keys = createRemoteJWKSet(new URL(jwksUri), {
      timeoutDuration: HTTP_TIMEOUT_MS,
      [customFetch]: (url: string, init: RequestInit) => fetchImpl(url, init),
    });
    return { issuer: typeof json.issuer === 'string' ? json.issuer : base, authorizationEndpoint, tokenEndpoint, keys };
  }
  throw new SignInError('The EHR publishes no OpenID Connect configuration with a jwks_uri; sign-in is not possible.');
}

/** PKCE S256 challenge of a verifier. */
export function pkceChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

export interface AuthorizeParams {
  readonly clientId: string;
  readonly redirectUri: string;
  /** The configured issuer, sent as SMART's `aud` (SMART servers require it; others ignore it). */
  readonly aud: string;
  readonly state: string;
  readonly nonce: string;
  readonly verifier: string;
}

export function authorizeUrl(provider: OidcProvider, p: AuthorizeParams): string {
  const url = new URL(provider.authorizationEndpoint);
  const query: Record<string, string> = {
    response_type: 'code',
    client_id: p.clientId,
    redirect_uri: p.redirectUri,
    scope: 'openid fhirUser',
    state: p.state,
    nonce: p.nonce,
    code_challenge: pkceChallenge(p.verifier),
    code_challenge_method: 'S256',
    aud: p.aud,
  };
  for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
  return url.toString();
}

/** Exchanges the code; returns the id_token only. */
export async function exchangeCode(
  provider: OidcProvider,
  p: { readonly code: string; readonly clientId: string; readonly redirectUri: string; readonly verifier: string },
  fetchImpl: HttpFetch = fetch,
): Promise<string> {
  const form = new URLSearchParams({
    grant_type: 'authorization_code',
    code: p.code,
    redirect_uri: p.redirectUri,
    client_id: p.clientId,
    code_verifier: p.verifier,
  });
  let body: Record<string, unknown> = {};
  let ok: boolean;
  try {
    const r = await fetchImpl(provider.tokenEndpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
      signal: AbortSignal.timeout(HTTP_TIMEOUT_MS),
    });
    ok = r.ok;
    const parsed: unknown = await r.json().catch(() => ({}));
    if (typeof parsed === 'object' && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    throw new SignInError('The EHR’s token endpoint could not be reached.');
  }
  if (!ok) {
    const code = typeof body.error === 'string' ? body.error.replace(/[^a-z_]/g, '').slice(0, 40) : 'error';
    throw new SignInError(`The EHR refused the sign-in code (${code}).`);
  }
  if (typeof body.id_token !== 'string') throw new SignInError('The EHR returned no id_token (is openid granted?).');
  return body.id_token;
}

function reason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the id_token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `the id_token's ${error.claim} is not ours`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the id_token signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the id_token is signed with a key the EHR does not publish';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the id_token uses an algorithm we do not accept';
  return 'the id_token could not be checked';
}

function nameOf(payload: JWTPayload): string | undefined {
  const name = payload.name;
  return typeof name === 'string' && name.trim() !== '' ? name.slice(0, 200) : undefined;
}

/**
 * Checks an id_token: signature (issuer's JWKS), `iss`, `aud` = our client id (and `azp` when there
 * are several audiences), `exp` (required), `nonce` = this login attempt's. Returns its `fhirUser`.
 */
export async function verifyIdToken(
  provider: OidcProvider,
  idToken: string,
  expected: { readonly clientId: string; readonly nonce: string; readonly now?: Date },
): Promise<SignedInUser> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(idToken, provider.keys, {
      issuer: provider.issuer,
      audience: expected.clientId,
      algorithms: ALGORITHMS,
      requiredClaims: ['exp', 'iat', 'sub'],
      clockTolerance: CLOCK_SKEW_S,
      ...(expected.now ? { currentDate: expected.now } : {}),
    }));
  } catch (error) {
    throw new SignInError(`Sign-in refused: ${reason(error)}.`);
  }
  if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== expected.clientId) {
    throw new SignInError("Sign-in refused: the id_token's azp is not ours.");
  }
  if (payload.nonce !== expected.nonce) throw new SignInError("Sign-in refused: the id_token's nonce is not ours.");
  const fhirUser = payload.fhirUser;
  if (typeof fhirUser !== 'string' || fhirUser.trim() === '') {
    throw new SignInError('Sign-in refused: the id_token does not say who you are (no fhirUser claim).');
  }
  const displayName = nameOf(payload);
  return { fhirUser, ...(displayName ? { displayName } : {}) };
}
