/**
 * CDS Hooks 2.0.1 authentication: the EHR sends `Authorization: Bearer <JWT>` with `iss`, `aud`
 * (the service's URL), `exp`, `iat` and `jti`, and `kid` in the header, signed with a key of the
 * EHR's JWKS. Only issuers on the configured allow-list are accepted, with keys from their
 * configured JWKS URL (a `jku` header must name that URL and is never followed). jose does all
 * the cryptography.
 */
import { createRemoteJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { TrustedIssuer } from '../config';

/** Asymmetric algorithms only: the spec names ES384 and RS384; `none` and HMAC are refused. */
const ALGORITHMS = ['ES384', 'RS384', 'ES256', 'RS256', 'ES512', 'RS512', 'PS256', 'PS384', 'PS512'];
const CLOCK_TOLERANCE_S = 30;

export type AuthResult =
  { readonly ok: true; readonly issuer: TrustedIssuer } | { readonly ok: false; readonly reason: string };

export interface JwtChecker {
  verify(authorization: string | undefined, audience: string): Promise<AuthResult>;
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the JWT has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return error.claim === 'aud' ? 'the JWT aud is not this service URL' : `the JWT claim "${error.claim}" is invalid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the JWT signature does not verify';
  if (error instanceof errors.JWKSNoMatchingKey) return "no key of the issuer's JWKS matches the JWT";
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the JWT algorithm is not allowed';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid)
    return "the issuer's JWKS could not be read";
  if (error instanceof errors.JOSEError) return 'the JWT is not valid';
  return "the issuer's JWKS could not be read";
}

/** The same URL, written either way (a trailing slash, the host's case). */
function sameUrl(a: string, b: string): boolean {
  try {
    return new URL(a).href.replace(/\/+$/, '') === new URL(b).href.replace(/\/+$/, '');
  } catch {
    return false;
  }
}

/**
 * The header checks jose does not make: `kid` is REQUIRED (2.0.1), and a `jku` must be the
 * issuer's configured JWKS URL (the allow-list of iss and jku URLs); it is never fetched.
 */
function headerProblem(token: string, issuer: TrustedIssuer): string | undefined {
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(token);
  } catch {
    return 'the JWT is not valid';
  }
  if (typeof header.kid !== 'string' || header.kid === '') return 'the JWT header has no kid';
  if (header.jku !== undefined && !sameUrl(String(header.jku), issuer.jwksUrl)) {
    return "the JWT jku is not the issuer's configured JWKS URL";
  }
  return undefined;
}

/**
 * @param issuers - the allow-list (config `cds.trustedIssuers`)
 * @param keySetFor - the key source of an issuer (default: its JWKS URL, fetched and cached by jose)
 */
export function createJwtChecker(
  issuers: readonly TrustedIssuer[],
  keySetFor: (issuer: TrustedIssuer) => JWTVerifyGetKey = (i) => createRemoteJWKSet(new URL(i.jwksUrl)),
): JwtChecker {
  const keySets = new Map<string, JWTVerifyGetKey>();
  /** jti → exp (seconds): a token is accepted once; entries go when they expire. */
  const seen = new Map<string, number>();

  function forget(now: number): void {
    for (const [jti, exp] of seen) if (exp + CLOCK_TOLERANCE_S < now) seen.delete(jti);
  }

  return {
    async verify(authorization, audience) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
      if (!match?.[1]) return { ok: false, reason: 'an Authorization: Bearer JWT is required' };
      const token = match[1];
      let iss: unknown;
      try {
        iss = decodeJwt(token).iss;
      } catch {
        return { ok: false, reason: 'the bearer token is not a JWT' };
      }
      const issuer = issuers.find((i) => i.iss === iss);
      if (!issuer) return { ok: false, reason: 'the JWT issuer is not trusted by this service' };
      const problem = headerProblem(token, issuer);
      if (problem) return { ok: false, reason: problem };
      let keys = keySets.get(issuer.iss);
      if (!keys) {
        keys = keySetFor(issuer);
        keySets.set(issuer.iss, keys);
      }
      try {
        const { payload } = await jwtVerify(token, keys, {
          issuer: issuer.iss,
          audience,
          algorithms: ALGORITHMS,
          clockTolerance: CLOCK_TOLERANCE_S,
          requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
        });
        const now = Math.floor(Date.now() / 1000);
        forget(now);
        const jti = `${issuer.iss} ${String(payload.jti)}`;
        if (seen.has(jti)) return { ok: false, reason: 'the JWT has been used before (jti)' };
        seen.set(jti, payload.exp ?? now);
        return { ok: true, issuer };
      } catch (error) {
        return { ok: false, reason: describe(error) };
      }
    },
  };
}
