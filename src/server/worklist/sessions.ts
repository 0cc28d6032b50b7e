/**
 * The worklist's sessions and login attempts, kept in this process's memory: a session is a random id
 * (the cookie) standing for a signed-in fhirUser and its CSRF token; a login attempt keeps the state,
 * nonce and PKCE verifier server-side for ten minutes, usable once. Memory, not the database: a
 * session secret never reaches a disk or a backup, and a restart only asks nurses to sign in again.
 */
import { randomBytes } from 'node:crypto';
import type { SignedInUser } from './oidc';

export interface Session extends SignedInUser {
  readonly csrfToken: string;
  readonly expiresAt: number;
}

export interface LoginAttempt {
  readonly nonce: string;
  readonly verifier: string;
  readonly expiresAt: number;
}

/** A nurse's shift; then sign in again. */
export const SESSION_LIFETIME_MS = 10 * 60 * 60 * 1000;
export const LOGIN_LIFETIME_MS = 10 * 60 * 1000;
/** Bounds the memory an unauthenticated caller can fill with login attempts. */
const MAX_ATTEMPTS = 10_000;

export const randomId = (): string => randomBytes(32).toString('base64url');

export function createSessionStore(now: () => number = Date.now) {
  const sessions = new Map<string, Session>();
  const attempts = new Map<string, LoginAttempt>();

  function sweep(): void {
    const t = now();
    for (const [k, a] of attempts) if (a.expiresAt <= t) attempts.delete(k);
    for (const [k, s] of sessions) if (s.expiresAt <= t) sessions.delete(k);
  }

  return {
    /** A new login attempt; returns its state (the key). */
    startLogin(): { state: string; attempt: LoginAttempt } {
      sweep();
      while (attempts.size >= MAX_ATTEMPTS) {
        const oldest = attempts.keys().next().value;
        if (oldest === undefined) break;
        attempts.delete(oldest);
      }
      const state = randomId();
      const attempt = { nonce: randomId(), verifier: randomId(), expiresAt: now() + LOGIN_LIFETIME_MS };
      attempts.set(state, attempt);
      return { state, attempt };
    },
    /** The attempt of a state, removed: a replayed callback finds nothing. */
    takeLogin(state: string): LoginAttempt | undefined {
      const a = attempts.get(state);
      attempts.delete(state);
      return a && a.expiresAt > now() ? a : undefined;
    },
    create(user: SignedInUser): { id: string; session: Session } {
      sweep();
      const id = randomId();
      const session: Session = { ...user, csrfToken: randomId(), expiresAt: now() + SESSION_LIFETIME_MS };
      sessions.set(id, session);
      return { id, session };
    },
    get(id: string | undefined): Session | undefined {
      if (id === undefined) return undefined;
      const s = sessions.get(id);
      if (s && s.expiresAt <= now()) {
        sessions.delete(id);
        return undefined;
      }
      return s;
    },
    end(id: string): void {
      sessions.delete(id);
    },
  };
}

export type SessionStore = ReturnType<typeof createSessionStore>;

/** The cookies of a request (first value of a name wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (!out.has(name)) out.set(name, part.slice(eq + 1).trim());
  }
  return out;
}

export interface CookieOptions {
  readonly path: string;
  readonly secure: boolean;
  readonly sameSite: 'Strict' | 'Lax';
  /** Seconds; 0 deletes the cookie; absent: a browser-session cookie. */
  readonly maxAge?: number;
}

export function serializeCookie(name: string, value: string, o: CookieOptions): string {
  return [
    `${name}=${value}`,
    `Path=${o.path}`,
    'HttpOnly',
    ...(o.secure ? ['Secure'] : []),
    `SameSite=${o.sameSite}`,
    ...(o.maxAge !== undefined ? [`Max-Age=${o.maxAge}`] : []),
  ].join('; ');
}
