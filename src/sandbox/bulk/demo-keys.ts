import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

/** The backend client the sandbox registers, as hospital IT would register the worklist. */
export const SANDBOX_BACKEND_CLIENT_ID = 'riluzole-worklist-sandbox';
export const PRIVATE_KEY_FILE = 'backend-key.jwk.json';
export const JWKS_FILE = 'backend-jwks.json';

export interface DemoKeys {
  /** The registered public keys (what the EHR keeps). */
  readonly jwks: { readonly keys: readonly JWK[] };
  /** Where the private JWK lies, for `npm run worklist -- export --key …`. */
  readonly privateKeyPath: string;
}

/**
 * The demo key pair (ES384), made at first start in `dir` (git-ignored `data/sandbox/`), read back
 * afterwards. Only the public half is the sandbox's business; the private half is the client's.
 */
export async function demoKeys(dir: string): Promise<DemoKeys> {
  const privateKeyPath = join(dir, PRIVATE_KEY_FILE);
  const jwksPath = join(dir, JWKS_FILE);
  try {
    const jwks = JSON.parse(await readFile(jwksPath, 'utf8')) as { keys: JWK[] };
    await readFile(privateKeyPath); // both halves or neither
    if (Array.isArray(jwks.keys) && jwks.keys.length > 0) return { jwks, privateKeyPath };
  } catch {
    // first start (or a half-written pair): make a new one
  }
  const { privateKey, publicKey } = await generateKeyPair('ES384', { extractable: true });
  const kid = `sandbox-${new Date().toISOString().slice(0, 10)}-${Math.random().toString(36).slice(2, 8)}`;
  const publicJwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'ES384', use: 'sig' };
  const privateJwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: 'ES384' };
  await mkdir(dir, { recursive: true });
  await writeFile(privateKeyPath, `${JSON.stringify(privateJwk, null, 2)}\n`, { mode: 0o600 });
  await chmod(privateKeyPath, 0o600);
  const jwks = { keys: [publicJwk] };
  await writeFile(jwksPath, `${JSON.stringify(jwks, null, 2)}\n`);
  return { jwks, privateKeyPath };
}
