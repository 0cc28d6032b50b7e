import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JWK } from 'jose';
import { randomToken, type TokenResult } from '../smart-auth';

/** What a system access token stands for. In memory only; never logged. */
export interface SystemSession {
  readonly clientId: string;
  readonly scope: string;
  readonly expiresAt: number;
}

export interface BackendClient {
  readonly clientId: string;
  readonly jwks: { readonly keys: readonly JWK[] };
}

const TOKEN_LIFETIME_S = 300;
/** SMART: the assertion's exp "no more than five minutes in the future"; a minute of clock skew. */
const MAX_ASSERTION_S = 300 + 60;
/** Read and search (Bulk export), and create/update for the worklist's write-back (Task, Provenance). */
const TYPES = /^system\/(\*|[A-Z][A-Za-z]+)\.(rs|read|r|s|c|cu|u|write)$/;
const READS = ['rs', 'read', 'r'];

const refuse = (status: number, error: string, description: string): TokenResult => ({
  status,
  body: { error, error_description: description },
});

/**
 * The sandbox's SMART Backend Services side: the `client_credentials` grant, checking the
 * `private_key_jwt` assertion against the registered client's JWKS (signature, alg RS384/ES384,
 * iss = sub = client id, aud = token endpoint, exp within five minutes, jti never seen before).
 */
export function createBackendAuth(clients: readonly BackendClient[], now: () => number = Date.now) {
  const tokens = new Map<string, SystemSession>();
  const seenJti = new Map<string, number>();

  async function token(form: URLSearchParams, tokenUrl: string): Promise<TokenResult> {
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer') {
      return refuse(400, 'invalid_request', 'client_assertion_type must be jwt-bearer.');
    }
    const assertion = form.get('client_assertion') ?? '';
    let kid: string | undefined;
    try {
      kid = decodeProtectedHeader(assertion).kid;
    } catch {
      return refuse(401, 'invalid_client', 'The client assertion is not a JWT.');
    }
    for (const client of clients) {
      if (!client.jwks.keys.some((key) => key.kid === kid)) continue;
      let payload;
      try {
        ({ payload } = await jwtVerify(assertion, createLocalJWKSet({ keys: [...client.jwks.keys] }), {
          algorithms: ['RS384', 'ES384'],
          issuer: client.clientId,
          subject: client.clientId,
          audience: tokenUrl,
          requiredClaims: ['exp', 'jti'],
          currentDate: new Date(now()),
        }));
      } catch (error) {
        const why = error instanceof Error ? error.message : 'invalid';
        return refuse(401, 'invalid_client', `The client assertion was refused: ${why}.`);
      }
      const t = now() / 1000;
      if ((payload.exp ?? 0) > t + MAX_ASSERTION_S) return refuse(401, 'invalid_client', 'exp is too far ahead.');
      for (const [jti, until] of seenJti) if (until < t) seenJti.delete(jti);
      const jti = `${client.clientId} ${String(payload.jti)}`;
      if (seenJti.has(jti)) return refuse(401, 'invalid_client', 'The jti was used before.');
      seenJti.set(jti, payload.exp ?? t);
      const scope = (form.get('scope') ?? '').split(/\s+/).filter((s) => TYPES.test(s));
      if (scope.length === 0) return refuse(400, 'invalid_scope', 'Ask for system/<Type>.rs (or .read) scopes.');
      const access = randomToken();
      tokens.set(access, {
        clientId: client.clientId,
        scope: scope.join(' '),
        expiresAt: now() + TOKEN_LIFETIME_S * 1000,
      });
      return {
        status: 200,
        body: { access_token: access, token_type: 'bearer', expires_in: TOKEN_LIFETIME_S, scope: scope.join(' ') },
      };
    }
    return refuse(401, 'invalid_client', 'No registered client has the assertion’s kid.');
  }

  /** The system session behind an `Authorization: Bearer` header, or why there is none. */
  function authenticate(header: string | undefined): SystemSession | 'missing' | 'invalid' | 'expired' {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!m?.[1]) return 'missing';
    const session = tokens.get(m[1]);
    if (!session) return 'invalid';
    return now() >= session.expiresAt ? 'expired' : session;
  }

  /** Ends a token early (the expired-token fault: the EHR's token ran out mid-export). */
  function expire(header: string | undefined): void {
    const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    const session = m?.[1] ? tokens.get(m[1]) : undefined;
    if (m?.[1] && session) tokens.set(m[1], { ...session, expiresAt: 0 });
  }

  return { token, authenticate, expire };
}

export type BackendAuth = ReturnType<typeof createBackendAuth>;

/** Whether a system scope list lets the client read `type` (system/T.rs, .read, or system/*). */
export function systemAllows(scope: string, type: string): boolean {
  return scope.split(' ').some((s) => {
    const m = TYPES.exec(s);
    return m !== null && (m[1] === '*' || m[1] === type) && READS.includes(m[2] ?? '');
  });
}

/** Whether a system scope list lets the client create (`c`) or update (`u`) `type`. */
export function systemAllowsWrite(scope: string, type: string, action: 'c' | 'u'): boolean {
  return scope.split(' ').some((s) => {
    const m = TYPES.exec(s);
    const perm = m?.[2] ?? '';
    return (
      m !== null && (m[1] === '*' || m[1] === type) && (perm === 'write' || (perm !== 'rs' && perm.includes(action)))
    );
  });
}
