import { createPrivateKey, type KeyObject } from 'node:crypto';
import { importJWK, type JWK } from 'jose';

/** The two algorithms SMART Backend Services asks servers to support. */
export type BackendAlg = 'RS384' | 'ES384';

export interface BackendKey {
  readonly key: CryptoKey | KeyObject;
  readonly kid: string;
  readonly alg: BackendAlg;
}

/** A key file that cannot be used; the message never holds key material. */
export class KeyFileError extends Error {
  override name = 'KeyFileError';
}

/**
 * The clinic's private key, from a private JWK (JSON; its `kid` is used unless `kid` is given) or
 * a PKCS#8 PEM (`kid` required: a PEM carries none). RSA keys sign RS384, P-384 keys ES384.
 * @throws KeyFileError for anything else
 */
export async function loadBackendKey(text: string, kid?: string): Promise<BackendKey> {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return fromJwk(trimmed, kid);
  if (trimmed.startsWith('-----BEGIN PRIVATE KEY-----')) return fromPem(trimmed, kid);
  if (trimmed.startsWith('-----BEGIN')) {
    throw new KeyFileError('the key must be PKCS#8 ("BEGIN PRIVATE KEY"); convert it with openssl pkcs8 -topk8');
  }
  throw new KeyFileError('the key file is neither a JWK (JSON) nor a PKCS#8 PEM');
}

async function fromJwk(text: string, kid: string | undefined): Promise<BackendKey> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(text) as JWK;
  } catch {
    throw new KeyFileError('the JWK file is not valid JSON');
  }
  if (typeof jwk !== 'object' || jwk === null || typeof jwk.d !== 'string') {
    throw new KeyFileError('the JWK is not a private key (no "d")');
  }
  const alg = algOf(jwk.kty, jwk.crv);
  if (jwk.alg !== undefined && jwk.alg !== alg) throw new KeyFileError(`the JWK's alg ${jwk.alg} is not ${alg}`);
  const id = kid ?? jwk.kid;
  if (typeof id !== 'string' || id === '') throw new KeyFileError('the JWK has no "kid": give --kid');
  try {
    const key = await importJWK(jwk, alg);
    if (key instanceof Uint8Array) throw new KeyFileError('the JWK is a symmetric key');
    return { key, kid: id, alg };
  } catch (error) {
    if (error instanceof KeyFileError) throw error;
    throw new KeyFileError('the JWK could not be imported as a private key');
  }
}

function fromPem(text: string, kid: string | undefined): BackendKey {
  if (kid === undefined || kid === '') throw new KeyFileError('a PEM key needs --kid (the kid of its public JWK)');
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: text, format: 'pem' });
  } catch {
    throw new KeyFileError('the PEM could not be read as a private key');
  }
  const type = key.asymmetricKeyType;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  const alg = algOf(type === 'rsa' ? 'RSA' : type === 'ec' ? 'EC' : type, curve === 'secp384r1' ? 'P-384' : curve);
  return { key, kid, alg };
}

function algOf(kty: string | undefined, crv: string | undefined): BackendAlg {
  if (kty === 'RSA') return 'RS384';
  if (kty === 'EC' && crv === 'P-384') return 'ES384';
  throw new KeyFileError(`the key must be RSA (RS384) or EC P-384 (ES384), not ${kty ?? '?'} ${crv ?? ''}`.trim());
}
