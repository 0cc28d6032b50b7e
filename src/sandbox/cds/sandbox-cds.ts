/**
 * The CDS service inside the dev server, for `npm start`: the server process's own app
 * (src/server/app), mounted at /sandbox/cds-service, trusting only the sandbox's in-memory key.
 * SANDBOX_CDS_URL points the sandbox at a separately started `npm run serve` instead.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_SETTINGS } from '../../rules';
import { buildServer, DEFAULT_CONFIG, type FeedbackEntry, type ServerConfig } from '../../server';
import { readBody, send } from '../http';
import type { EhrContext } from './ehr-client';
import { createSandboxKey, type SandboxKey } from './sandbox-key';

export const SERVICE_MOUNT = '/sandbox/cds-service';

interface Running {
  readonly key: SandboxKey;
  readonly app: FastifyInstance;
}

function configFor(origin: string): ServerConfig {
  return {
    ...DEFAULT_CONFIG,
    publicUrl: `${origin}${SERVICE_MOUNT}`,
    cds: {
      trustedIssuers: [
        {
          iss: `${origin}/sandbox`,
          jwksUrl: `${origin}/sandbox/cds/jwks.json`,
          fhirServers: [`${origin}/sandbox/fhir`],
        },
      ],
      appLaunchUrl: `${origin}/launch.html`,
    },
  };
}

export function createSandboxCds() {
  const running = new Map<string, Promise<Running>>();
  /** Feedback the in-process service received (kept in memory: the sandbox writes no files). */
  const feedback: FeedbackEntry[] = [];

  function get(origin: string): Promise<Running> {
    let r = running.get(origin);
    if (!r) {
      r = (async () => {
        const key = await createSandboxKey();
        const app = buildServer(configFor(origin), {
          settings: DEFAULT_SETTINGS,
          logger: false,
          feedback: { record: async (entries) => void feedback.push(...entries) },
        });
        await app.ready();
        return { key, app };
      })();
      running.set(origin, r);
      r.catch(() => running.delete(origin));
    }
    return r;
  }

  return {
    feedback: (): readonly FeedbackEntry[] => feedback,
    async jwks(origin: string): Promise<unknown> {
      return (await get(origin)).key.jwks;
    },
    async context(origin: string): Promise<EhrContext> {
      const { key } = await get(origin);
      const cdsBase = (process.env.SANDBOX_CDS_URL ?? `${origin}${SERVICE_MOUNT}`).replace(/\/+$/, '');
      return { cdsBase, iss: `${origin}/sandbox`, fhirBase: `${origin}/sandbox/fhir`, key };
    },
    /** Passes a request under /sandbox/cds-service to the in-process service. */
    async handle(req: IncomingMessage, res: ServerResponse, origin: string, rest: string): Promise<void> {
      const { app } = await get(origin);
      const method = req.method === 'POST' ? 'POST' : 'GET';
      const payload = method === 'POST' ? await readBody(req) : undefined;
      const out = await app.inject({
        method,
        url: rest,
        headers: {
          ...(req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {}),
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        },
        ...(payload !== undefined ? { payload } : {}),
      });
      send(res, out.statusCode, out.body, String(out.headers['content-type'] ?? 'application/json'));
    },
  };
}

export type SandboxCds = ReturnType<typeof createSandboxCds>;
