/**
 * The server process's HTTP app: JSON logs with redaction, `GET /health`, and the route plugins
 * (CDS Hooks under src/server/cds/; the clinic worklist under src/server/worklist/).
 * Nothing here logs a request body, a header that carries a secret, or patient data.
 */
import { join } from 'node:path';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import type { Settings } from '../rules/types';
import type { FeedbackSink } from './cds/feedback';
import type { FetchLike } from './cds/fhir-reader';
import type { JwtChecker } from './cds/jwt';
import { cdsRoutes } from './cds/routes';
import type { ServerConfig } from './config';
import { localToday } from './local-date';
import { openDatabase, type Db } from './store';
import { databaseFeedback } from './store/feedback';
import type { ExportRunner } from './worklist/export-runner';
import type { HttpFetch } from './worklist/oidc';
import type { WorklistUser } from './worklist/routes';
import { worklistApi, worklistServer } from './worklist/server';
import type { ReviewWriteBack } from './worklist/write-back';

export interface ServerDeps {
  /** The clinic settings (label policy, windows, default ULNs), already validated. */
  readonly settings: Settings;
  /** The assessment date: the service's local date (a test pins it). */
  readonly today?: () => string;
  /** Fastify's logger option; `false` in tests. Redaction is added to an options object. */
  readonly logger?: boolean | { readonly level: string; readonly stream?: { write(line: string): void } };
  /** Adds `POST /echo` (a bare JSON echo, the benchmark's baseline). Off in production. */
  readonly echo?: boolean;
  /** The JWT check (default: the config's trusted issuers and their JWKS URLs). */
  readonly jwt?: JwtChecker;
  /** The HTTP client of the FHIR-read fallback (default: fetch). */
  readonly fetch?: FetchLike;
  /** Where card feedback goes (default: the `cds_feedback` table of the server's database). */
  readonly feedback?: FeedbackSink;
  /** The worklist's database (default: `<dataDir>/worklist.sqlite`, opened here and closed with the app). */
  readonly db?: Db;
  /**
   * The signed-in user of a request, for a server with no `worklist.signIn` (tests, an embedding
   * that does its own sign-in). With `worklist.signIn` the session layer (worklist/server.ts) identifies.
   * Neither: no worklist API is served (no patient data without sign-in).
   */
  readonly identify?: (request: FastifyRequest) => WorklistUser | undefined;
  /** The export runner (`worklist.export` configured): adds `POST /worklist/api/exports`. */
  readonly exports?: ExportRunner;
  /** Acknowledgements also written to the EHR (`worklist.writeBack: true`). */
  readonly writeBack?: ReviewWriteBack;
  /** The HTTP client of the worklist sign-in (discovery, token, JWKS; default fetch). */
  readonly signInFetch?: HttpFetch;
  /** The build folder with worklist.html to serve at /worklist/; absent: the page is not served here. */
  readonly distDir?: string;
}

/** The server's database file: the same default as `npm run worklist -- … --db`. */
export function databaseFile(config: ServerConfig): string {
  return join(config.dataDir, 'worklist.sqlite');
}

/** Paths pino replaces with "[redacted]" wherever a log line carries them. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'req.body',
  'body',
  'fhirAuthorization',
  '*.fhirAuthorization',
  'prefetch',
  '*.prefetch',
  'access_token',
  '*.access_token',
  'id_token',
  '*.id_token',
  'code',
  'req.query',
  'req.headers["x-csrf-token"]',
];

/** A request's log fields: the path without its query string (a sign-in callback's holds the code). */
function requestFields(req: { method: string; url: string; id?: unknown }): Record<string, unknown> {
  return { method: req.method, url: req.url.split('?')[0], id: req.id };
}

function loggerOption(logger: ServerDeps['logger']): FastifyServerOptions['logger'] {
  if (logger === false || logger === undefined) return logger ?? true;
  const level = logger === true ? 'info' : logger.level;
  const stream = logger === true ? undefined : logger.stream;
  return {
    level,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    serializers: { req: requestFields },
    ...(stream ? { stream } : {}),
  };
}

/** A 4xx the framework raised (bad JSON, body too large, wrong media type) keeps its status. */
function clientStatus(error: FastifyError): number | undefined {
  const status = error.statusCode;
  return status !== undefined && status >= 400 && status < 500 ? status : undefined;
}

/**
 * Builds the app; the caller listens (main.ts) or injects (tests).
 * @param config - the validated configuration file
 * @param deps - what the routes need besides the config
 */
export function buildServer(config: ServerConfig, deps: ServerDeps): FastifyInstance {
  const app = Fastify({
    logger: loggerOption(deps.logger ?? true),
    bodyLimit: config.maxBodyBytes,
    // The JWT's `aud` is checked against the URL the request was made to; behind a proxy set publicUrl.
    trustProxy: false,
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = clientStatus(error);
    if (status !== undefined) {
      const reason = status === 413 ? `The request body is larger than ${config.maxBodyBytes} bytes.` : error.message;
      return reply.code(status).send({ error: reason });
    }
    // Never a stack trace to the caller; the log line names the error's type, not its data.
    request.log.error({ errorName: error.name, code: error.code }, 'unhandled error');
    return reply.code(500).send({ error: 'Internal error.' });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({ error: `No route ${request.method} ${request.url}` }),
  );

  app.get('/health', async () => ({ status: 'ok' }));
  if (deps.echo) app.post('/echo', async (request) => request.body);

  // Opened on first need (a sandbox that keeps feedback in memory writes no file), closed with the app.
  let own: Db | undefined;
  const database = (): Db => deps.db ?? (own ??= openDatabase(databaseFile(config)));
  app.addHook('onClose', async () => void own?.close());

  const today = deps.today ?? (() => localToday());
  app.register(cdsRoutes, {
    config,
    settings: deps.settings,
    today,
    feedback: deps.feedback ?? databaseFeedback(database()),
    ...(deps.jwt ? { jwt: deps.jwt } : {}),
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  const signIn = config.worklist?.signIn;
  const identify = deps.identify;
  if (signIn) {
    app.register(worklistServer, {
      config,
      signIn,
      db: database(),
      today,
      ...(deps.signInFetch ? { fetch: deps.signInFetch } : {}),
      ...(deps.distDir !== undefined ? { distDir: deps.distDir } : {}),
      ...(deps.writeBack ? { writeBack: deps.writeBack } : {}),
      ...(deps.exports ? { exports: deps.exports } : {}),
    });
  } else if (identify) {
    app.register(worklistApi, {
      db: database(),
      today,
      identify,
      ...(deps.writeBack ? { writeBack: deps.writeBack } : {}),
      ...(deps.exports ? { exports: deps.exports } : {}),
    });
  }
  return app;
}
