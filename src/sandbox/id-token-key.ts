/**
 * The sandbox EHR's OpenID Connect signing key: an RS256 key pair (OIDC's default algorithm) made
 * when the dev server starts, kept in memory only (never on disk, so never in git). The public half
 * is the JWKS at /sandbox/auth/jwks.json, named by `jwks_uri` in the smart-configuration.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';

export interface IdTokenKey {
  readonly jwks: { readonly keys: readonly JWK[] };
  /** An id_token: the claims given, iat now, exp in ten minutes. */
  sign(claims: JWTPayload): Promise<string>;
}

const ID_TOKEN_LIFETIME = '10m';

export async function createIdTokenKey(): Promise<IdTokenKey> {
  const kid = `sandbox-oidc-${randomUUID()}`;
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return {
    jwks: { keys: [jwk] },
    sign: (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid })
        .setIssuedAt()
        .setExpirationTime(ID_TOKEN_LIFETIME)
        .sign(privateKey),
  };
}
