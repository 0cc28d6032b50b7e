/**
 * The sandbox EHR's signing key for CDS Hooks requests: an ES384 key pair made when the dev server
 * starts, kept in memory only (never written to disk, so never in git). Its public half is served
 * as the sandbox's JWKS at /sandbox/cds/jwks.json.
 */
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';

export interface SandboxKey {
  readonly jwks: { readonly keys: readonly JWK[] };
  /** A CDS Hooks JWT: iss, aud = the service URL called, exp in 5 minutes, a new jti. */
  sign(iss: string, aud: string): Promise<string>;
}

export async function createSandboxKey(): Promise<SandboxKey> {
  const kid = `sandbox-${randomUUID()}`;
  const { privateKey, publicKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES384', use: 'sig' };
  const key: CryptoKey = privateKey;
  return {
    jwks: { keys: [jwk] },
    sign: (iss, aud) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'ES384', typ: 'JWT', kid })
        .setIssuer(iss)
        .setAudience(aud)
        .setIssuedAt()
        .setExpirationTime('5m')
        .setJti(randomUUID())
        .sign(key),
  };
}
