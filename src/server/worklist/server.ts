/**
 * Everything under /worklist in one Fastify plugin: the sign-in (OpenID Connect), the sessions, the
 * JSON API (routes.ts, identified by the session cookie), the CSRF check of every POST, and (for
 * `npm run serve`) the built page. No patient data to anyone without a session.
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { isLoopbackHttp, type ServerConfig, type SignInConfig } from '../config';
import type { Db } from '../store';
import type { IsoDate } from '../../rules/types';
import type { HttpFetch } from './oidc';
import type { ExportRunner } from './export-runner';
import { exportRoutes } from './export-routes';
import { pageFiles } from './page-files';
import { worklistRoutes, type WorklistUser } from './routes';
import { createSessionStore, type SessionStore } from './sessions';
import { sameToken, sessionOf, signInRoutes } from './signin-routes';
import type { ReviewWriteBack } from './write-back';

export interface WorklistServerOptions {
  readonly config: ServerConfig;
  readonly signIn: SignInConfig;
  readonly db: Db;
  readonly today: () => IsoDate;
  /** The HTTP client for the EHR (discovery, token, JWKS); default fetch. */
  readonly fetch?: HttpFetch;
  readonly sessions?: SessionStore;
  /** The build folder holding worklist.html; absent: the page is served by someone else (Vite). */
  readonly distDir?: string;
  /** Acknowledgements also written to the EHR (`worklist.writeBack`). */
  readonly writeBack?: ReviewWriteBack;
  /** The export runner (`worklist.export`): adds `GET`/`POST /worklist/api/exports`. */
  readonly exports?: ExportRunner;
}

/** Where the EHR sends the browser back: the configured URL, else `<publicUrl or host:port>/worklist/callback`. */
export function redirectUrlOf(config: ServerConfig, signIn: SignInConfig): string {
  const explicit = signIn.redirectUrl;
  if (explicit) return explicit;
  const base = config.publicUrl ?? `http://${config.host}:${config.port}`;
  return `${base.replace(/\/+$/, '')}/worklist/callback`;
}

export interface WorklistApiOptions {
  readonly db: Db;
  readonly today: () => IsoDate;
  /** Who the caller is (the session layer); undefined: not signed in, so 401. */
  readonly identify: (request: FastifyRequest) => WorklistUser | undefined;
  readonly writeBack?: ReviewWriteBack;
  readonly exports?: ExportRunner;
}

/** The worklist's JSON API: rows, patients and reviews, and the exports when a runner is given. */
export const worklistApi: FastifyPluginAsync<WorklistApiOptions> = async (app, opts) => {
  await app.register(worklistRoutes, {
    db: opts.db,
    today: opts.today,
    identify: opts.identify,
    ...(opts.writeBack ? { writeBack: opts.writeBack } : {}),
  });
  if (opts.exports) await app.register(exportRoutes, { db: opts.db, runner: opts.exports, identify: opts.identify });
};

export const worklistServer: FastifyPluginAsync<WorklistServerOptions> = async (app, opts) => {
  const sessions = opts.sessions ?? createSessionStore();
  const redirectUrl = redirectUrlOf(opts.config, opts.signIn);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/worklist/')) return;
    void reply.header('cache-control', 'no-store');
    if (request.method !== 'POST') return;
    const session = sessionOf(request, sessions);
    if (!session) return reply.code(401).send({ error: 'Sign in to see the worklist.' });
    const token = request.headers['x-csrf-token'];
    if (typeof token !== 'string' || !sameToken(token, session.csrfToken)) {
      return reply.code(403).send({ error: 'The request lacks a valid CSRF token.' });
    }
  });

  await app.register(signInRoutes, {
    signIn: opts.signIn,
    redirectUrl,
    sessions,
    // Secure cookies except on http://127.0.0.1 or localhost, where a browser would not send them back.
    secureCookies: !isLoopbackHttp(redirectUrl),
    ...(opts.fetch ? { fetch: opts.fetch } : {}),
  });
  await app.register(worklistApi, { ...opts, identify: (request) => sessionOf(request, sessions) });
  if (opts.distDir !== undefined) await app.register(pageFiles, { distDir: opts.distDir });
};
