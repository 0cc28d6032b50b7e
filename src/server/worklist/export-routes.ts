/**
 * `POST /worklist/api/exports`: start one export now (signed in, CSRF-checked, as a review is).
 * 202 with the run id; 409 while a run is under way (with its id). `GET /worklist/api/exports`
 * lists the latest runs (when, status, counts; no patient data).
 */
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { listRuns, type Db } from '../store';
import type { ExportRunner } from './export-runner';
import { hasCsrfToken, type WorklistUser } from './routes';

export interface ExportRouteOptions {
  readonly db: Db;
  readonly runner: ExportRunner;
  /** The session's user, or undefined when the request is not signed in. */
  readonly identify: (request: FastifyRequest) => WorklistUser | undefined;
  /** Default "/worklist/api". */
  readonly prefix?: string;
}

export const exportRoutes: FastifyPluginAsync<ExportRouteOptions> = async (app, opts) => {
  const prefix = opts.prefix ?? '/worklist/api';

  app.get(`${prefix}/exports`, async (request, reply) => {
    if (!opts.identify(request)) return reply.code(401).send({ error: 'Sign in to see the worklist.' });
    const runs = listRuns(opts.db, 20).map((r) => ({
      id: r.id,
      status: r.status,
      startedAt: r.startedAt,
      finishedAt: r.finishedAt ?? null,
      dataAsOf: r.dataAsOf,
      groupId: r.groupId,
      patientCount: r.patientCount,
      failedTypes: r.failedTypes,
      errors: r.errors,
      durationMs: r.durationMs ?? null,
    }));
    return { running: opts.runner.running() ?? null, runs };
  });

  app.post(`${prefix}/exports`, async (request, reply) => {
    const user = opts.identify(request);
    if (!user) return reply.code(401).send({ error: 'Sign in to see the worklist.' });
    if (!hasCsrfToken(request, user)) return reply.code(403).send({ error: 'The request lacks a valid CSRF token.' });
    const answer = opts.runner.start('on-demand');
    switch (answer.kind) {
      case 'busy':
        return reply.code(409).send({ error: 'An export is already running.', runId: answer.runId });
      case 'started':
        void answer.done; // the runner logs the outcome; the page polls GET /exports
        return reply.code(202).send({ runId: answer.runId });
      default: {
        const unknown: never = answer;
        return unknown;
      }
    }
  });
};
