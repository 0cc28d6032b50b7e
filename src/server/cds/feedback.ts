/**
 * `POST /cds-services/{id}/feedback` (CDS Hooks 2.0.1): which cards were accepted or overridden,
 * with the override reason. The server keeps it in the worklist's database (src/server/store/feedback.ts).
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TrustedIssuer } from '../config';
import { findService } from './services';

export interface FeedbackEntry {
  readonly serviceId: string;
  readonly issuer: string;
  readonly card: string;
  readonly outcome: 'accepted' | 'overridden';
  readonly acceptedSuggestions: readonly string[];
  readonly overrideReason?: {
    readonly code?: string;
    readonly system?: string;
    readonly display?: string;
    readonly userComment?: string;
  };
  readonly outcomeTimestamp: string;
  readonly receivedAt: string;
}

export interface FeedbackSink {
  record(entries: readonly FeedbackEntry[]): Promise<void>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function parseEntry(v: unknown, i: number, serviceId: string, issuer: string): FeedbackEntry | string {
  const where = `feedback[${i}]`;
  if (!isObject(v)) return `${where} must be an object`;
  if (typeof v.card !== 'string' || v.card === '') return `${where}.card (the card's uuid) is required`;
  if (v.outcome !== 'accepted' && v.outcome !== 'overridden') return `${where}.outcome must be accepted or overridden`;
  if (typeof v.outcomeTimestamp !== 'string') return `${where}.outcomeTimestamp is required`;
  const accepted = v.acceptedSuggestions ?? [];
  if (!Array.isArray(accepted) || accepted.some((s) => !isObject(s) || typeof s.id !== 'string')) {
    return `${where}.acceptedSuggestions must be a list of { id }`;
  }
  const entry: FeedbackEntry = {
    serviceId,
    issuer,
    card: v.card,
    outcome: v.outcome,
    acceptedSuggestions: accepted.map((s) => String((s as Json).id)),
    outcomeTimestamp: v.outcomeTimestamp,
    receivedAt: new Date().toISOString(),
  };
  const override = v.overrideReason;
  if (override === undefined) return entry;
  if (!isObject(override)) return `${where}.overrideReason must be an object`;
  const reason = isObject(override.reason) ? override.reason : {};
  return {
    ...entry,
    overrideReason: {
      ...(typeof reason.code === 'string' ? { code: reason.code } : {}),
      ...(typeof reason.system === 'string' ? { system: reason.system } : {}),
      ...(typeof reason.display === 'string' ? { display: reason.display } : {}),
      ...(typeof override.userComment === 'string' ? { userComment: override.userComment } : {}),
    },
  };
}

export interface FeedbackRouteOptions {
  readonly sink: FeedbackSink;
  readonly authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<TrustedIssuer | undefined>;
}

export const feedbackRoute: FastifyPluginAsync<FeedbackRouteOptions> = async (app, opts) => {
  app.post<{ Params: { id: string } }>('/cds-services/:id/feedback', async (request, reply) => {
    const service = findService(request.params.id);
    if (!service) return reply.code(404).send({ error: `No CDS service "${request.params.id}".` });
    const issuer = await opts.authenticate(request, reply);
    if (!issuer) return reply;
    const body = request.body;
    if (!isObject(body) || !Array.isArray(body.feedback))
      return reply.code(400).send({ error: 'feedback must be a list' });
    const entries: FeedbackEntry[] = [];
    for (const [i, v] of body.feedback.entries()) {
      const parsed = parseEntry(v, i, service.id, issuer.iss);
      if (typeof parsed === 'string') return reply.code(400).send({ error: parsed });
      entries.push(parsed);
    }
    await opts.sink.record(entries);
    return reply.code(200).send({});
  });
};
