/** The CDS Hooks routes: discovery, the three services, feedback. */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { loadUcumConverter } from '../../fhir/units';
import { assessRiluzole } from '../../rules';
import type { Settings } from '../../rules/types';
import type { ServerConfig } from '../config';
import { cardsFor } from './cards';
import type { CdsResponse } from './card-types';
import { createFhirReader, fhirServerAllowed, type FetchLike, type FhirReader } from './fhir-reader';
import { feedbackRoute, type FeedbackSink } from './feedback';
import { asIfSigned, buildHookData, gatherPrefetch } from './hook-data';
import { createJwtChecker, type JwtChecker } from './jwt';
import { parseHookRequest, type HookRequest } from './request';
import { discoveryDocument, findService } from './services';
import type { TrustedIssuer } from '../config';

export interface CdsRouteOptions {
  readonly config: ServerConfig;
  readonly settings: Settings;
  readonly today: () => string;
  readonly jwt?: JwtChecker;
  /** The fallback's HTTP client (tests and the benchmark pass their own). */
  readonly fetch?: FetchLike;
  readonly feedback: FeedbackSink;
}

/** The URL the JWT `aud` must name: publicUrl + path, else the URL the request was made to. */
export function audienceOf(request: FastifyRequest, config: ServerConfig): string {
  const path = request.url.split('?')[0] ?? '';
  return config.publicUrl !== undefined ? `${config.publicUrl}${path}` : `${request.protocol}://${request.host}${path}`;
}

function readerFor(
  request: HookRequest,
  issuer: TrustedIssuer,
  fetchImpl: FetchLike | undefined,
): FhirReader | undefined {
  const { fhirServer, fhirAuthorization } = request;
  if (fhirServer === undefined || fhirAuthorization === undefined) return undefined;
  if (!fhirServerAllowed(fhirServer, issuer)) return undefined;
  return createFhirReader(fhirServer, fhirAuthorization.accessToken, fetchImpl);
}

export const cdsRoutes: FastifyPluginAsync<CdsRouteOptions> = async (app, opts) => {
  const { config, settings, today } = opts;
  const units = await loadUcumConverter();
  const jwt = opts.jwt ?? createJwtChecker(config.cds.trustedIssuers);

  async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<TrustedIssuer | undefined> {
    const auth = await jwt.verify(request.headers.authorization, audienceOf(request, config));
    if (auth.ok) return auth.issuer;
    void reply.code(401).header('WWW-Authenticate', 'Bearer error="invalid_token"').send({ error: auth.reason });
    return undefined;
  }

  app.get('/cds-services', async () => discoveryDocument());

  app.post<{ Params: { id: string } }>('/cds-services/:id', async (request, reply) => {
    const service = findService(request.params.id);
    if (!service) return reply.code(404).send({ error: `No CDS service "${request.params.id}".` });
    const issuer = await authenticate(request, reply);
    if (!issuer) return reply;
    const parsed = parseHookRequest(request.body, service.hook);
    if (!parsed.ok) return reply.code(400).send({ error: parsed.reason });
    const hook = parsed.request;
    const asOf = today();
    const drafts = hook.draftOrders.map((o, i) => asIfSigned(o, asOf, i));
    const gathered = await gatherPrefetch(hook, readerFor(hook, issuer, opts.fetch));
    switch (gathered.kind) {
      case 'missing':
        return reply.code(412).send({
          error: 'Prefetch data is missing and no fhirServer with fhirAuthorization was given to read it.',
          missingPrefetch: gathered.keys,
        });
      case 'invalid':
        return reply.code(400).send({ error: gathered.reason });
      case 'ok':
        break;
    }
    const { data, draftMedications } = buildHookData(
      hook.patientId,
      gathered.resources,
      drafts,
      gathered.unavailable,
      units,
    );
    // Order hooks fire only when a draft order is riluzole (the rules' own matching, spec §2).
    if (service.hook !== 'patient-view' && !draftMedications.some((m) => m.isRiluzole)) {
      return { cards: [] } satisfies CdsResponse;
    }
    const assessment = assessRiluzole(data, { asOf, policy: settings.policy, settings });
    const cards = cardsFor(assessment, {
      hook: service.hook,
      patientId: hook.patientId,
      appLaunchUrl: config.cds.appLaunchUrl,
      unavailable: gathered.unavailable,
    });
    return { cards } satisfies CdsResponse;
  });

  app.register(feedbackRoute, { sink: opts.feedback, authenticate });
};
