/**
 * The worklist sign-in routes: `GET /worklist/login` (to the EHR's authorize endpoint), `GET
 * /worklist/callback` (code → id_token → session cookie), `GET /worklist/api/session` and `POST
 * /worklist/logout`. A refused sign-in is a plain error page and no session. No code, token or
 * cookie is ever logged (app.ts strips query strings from request logs).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { SignInConfig } from '../config';
import { authorizeUrl, discoverProvider, exchangeCode, SignInError, verifyIdToken, type HttpFetch } from './oidc';
import type { OidcProvider } from './oidc';
import { LOGIN_LIFETIME_MS, parseCookies, serializeCookie, type Session, type SessionStore } from './sessions';

export const SESSION_COOKIE = 'rm_worklist_session';
const LOGIN_COOKIE = 'rm_worklist_login';

export interface SignInOptions {
  readonly signIn: SignInConfig;
  /** Where the EHR sends the browser back: `<public>/worklist/callback`. */
  readonly redirectUrl: string;
  readonly sessions: SessionStore;
  /** Secure cookies (false only when the worklist runs on http://127.0.0.1 or localhost). */
  readonly secureCookies: boolean;
  readonly fetch?: HttpFetch;
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

function errorPage(reply: FastifyReply, status: number, message: string): FastifyReply {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign-in failed</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body><main>
<h1>Sign-in failed</h1><p>${escapeHtml(message)}</p><p><a href="/worklist/login">Try again</a></p></main>
</body></html>`;
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
}

/** The session of a request (its cookie), or undefined. */
export function sessionOf(request: FastifyRequest, sessions: SessionStore): Session | undefined {
  return sessions.get(parseCookies(request.headers.cookie).get(SESSION_COOKIE));
}

export const signInRoutes: FastifyPluginAsync<SignInOptions> = async (app, opts) => {
  const fetchImpl = opts.fetch ?? fetch;
  const { clientId, issuer } = opts.signIn;
  const cookie = (name: string, value: string, path: string, sameSite: 'Strict' | 'Lax', maxAge?: number): string =>
    serializeCookie(name, value, {
      path,
      secure: opts.secureCookies,
      sameSite,
      ...(maxAge !== undefined ? { maxAge } : {}),
    });
  // Discovered once; a failure is retried at the next login.
  let provider: Promise<OidcProvider> | undefined;
  const getProvider = (): Promise<OidcProvider> => {
    if (!provider) {
      provider = discoverProvider(issuer, fetchImpl);
      provider.catch(() => (provider = undefined));
    }
    return provider;
  };

  app.get('/worklist/login', async (_request, reply) => {
    let p: OidcProvider;
    try {
      p = await getProvider();
    } catch (error) {
      return errorPage(reply, 502, error instanceof SignInError ? error.message : 'The EHR could not be reached.');
    }
    const { state, attempt } = opts.sessions.startLogin();
    const location = authorizeUrl(p, { clientId, redirectUri: opts.redirectUrl, aud: issuer, state, ...attempt });
    // Binds the attempt to this browser (login CSRF). Lax: the EHR's redirect back is a cross-site navigation.
    const loginCookie = cookie(LOGIN_COOKIE, state, '/worklist/callback', 'Lax', LOGIN_LIFETIME_MS / 1000);
    return reply.header('set-cookie', loginCookie).header('cache-control', 'no-store').redirect(location, 302);
  });

  app.get<{ Querystring: Record<string, string | undefined> }>('/worklist/callback', async (request, reply) => {
    const { state, code, error } = request.query;
    const bound = parseCookies(request.headers.cookie).get(LOGIN_COOKIE);
    const attempt = typeof state === 'string' ? opts.sessions.takeLogin(state) : undefined;
    const clearLogin = cookie(LOGIN_COOKIE, '', '/worklist/callback', 'Lax', 0);
    const fail = (status: number, message: string): FastifyReply =>
      errorPage(reply.header('set-cookie', clearLogin), status, message);
    if (!attempt || typeof state !== 'string' || bound === undefined || !sameToken(bound, state)) {
      return fail(400, 'This sign-in link is unknown, expired or already used. Start again.');
    }
    if (typeof error === 'string') {
      return fail(400, `The EHR did not sign you in (${error.replace(/[^a-z_]/g, '').slice(0, 40)}).`);
    }
    if (typeof code !== 'string' || code === '') return fail(400, 'The EHR sent no sign-in code.');
    try {
      const p = await getProvider();
      const idToken = await exchangeCode(
        p,
        { code, clientId, redirectUri: opts.redirectUrl, verifier: attempt.verifier },
        fetchImpl,
      );
      const user = await verifyIdToken(p, idToken, { clientId, nonce: attempt.nonce });
      const { id } = opts.sessions.create(user);
      return reply
        .header('set-cookie', [clearLogin, cookie(SESSION_COOKIE, id, '/worklist', 'Strict')])
        .header('cache-control', 'no-store')
        .redirect('/worklist/', 302);
    } catch (e) {
      if (e instanceof SignInError) return fail(401, e.message);
      throw e;
    }
  });

  app.get('/worklist/api/session', async (request, reply) => {
    const s = sessionOf(request, opts.sessions);
    if (!s) return reply.code(401).send({ error: 'Not signed in.' });
    return { fhirUser: s.fhirUser, csrfToken: s.csrfToken, ...(s.displayName ? { displayName: s.displayName } : {}) };
  });

  // The CSRF check of every POST under /worklist is the hook in worklist/server.ts.
  app.post('/worklist/logout', async (request, reply) => {
    const id = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
    if (id !== undefined) opts.sessions.end(id);
    return reply
      .header('set-cookie', cookie(SESSION_COOKIE, '', '/worklist', 'Strict', 0))
      .code(204)
      .send();
  });
};
