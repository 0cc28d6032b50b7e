/**
 * The clinic worklist inside the dev server, for `npm start`: the server process's own app
 * (src/server/app, with sign-in against the sandbox as the EHR) mounted under /worklist/, its
 * database in data/sandbox/ (git-ignored; SANDBOX_WORKLIST_DB moves it, e.g. for the e2e tests).
 * The page itself (worklist.html) is Vite's: `/worklist/` is served from it. A database with no
 * run yet is seeded with one Bulk export of the sandbox's Group first, so the list is not empty.
 */
import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { DEFAULT_SETTINGS } from '../../rules';
import { buildServer, DEFAULT_CONFIG, exportCommand, openDatabase, currentRun, type Db } from '../../server';
import { SANDBOX_BACKEND_CLIENT_ID } from '../bulk/demo-keys';
import { SANDBOX_GROUP_ID } from '../bulk/export-faults';
import type { SandboxBulk } from '../bulk/sandbox-bulk';
import { localToday } from '../case-source';
import { readBody, redirect, sendHtml } from '../http';
import { errorPage } from '../pages/layout';
import { SANDBOX_WORKLIST_CLIENT_ID } from '../smart-auth';

interface Running {
  readonly app: FastifyInstance;
  /** The first export, when the database had none; resolves (never rejects) when it is over. */
  readonly seeded: Promise<void>;
}

/** Request headers the worklist reads; responses keep every header but the hop-by-hop ones. */
const PASSED_HEADERS = ['cookie', 'content-type', 'x-csrf-token', 'accept'] as const;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length']);

async function seed(db: Db, dbFile: string, origin: string, bulk: SandboxBulk): Promise<void> {
  if (currentRun(db)) return;
  const started = Date.now();
  const quiet = { export: () => undefined, assessed: () => undefined, line: () => undefined, done: () => undefined };
  const status = await exportCommand(
    {
      kind: 'export',
      db: dbFile,
      fhir: `${origin}/sandbox/fhir`,
      group: SANDBOX_GROUP_ID,
      clientId: SANDBOX_BACKEND_CLIENT_ID,
      keyFile: bulk.keys.privateKeyPath,
      asOf: localToday(),
      noMedicationStatement: false,
    },
    quiet,
  );
  console.warn(`  Worklist: seeded from a Bulk export of the sandbox in ${Date.now() - started} ms (exit ${status})`);
}

export function createSandboxWorklist(options: {
  readonly root: string;
  readonly bulk: Promise<SandboxBulk>;
  readonly dbFile?: string;
}) {
  const dbFile =
    options.dbFile ?? process.env.SANDBOX_WORKLIST_DB ?? join(options.root, 'data', 'sandbox', 'worklist.sqlite');
  const running = new Map<string, Running>();
  let db: Db | undefined;

  function get(origin: string): Running {
    let r = running.get(origin);
    if (!r) {
      db ??= openDatabase(dbFile);
      const app = buildServer(
        {
          ...DEFAULT_CONFIG,
          publicUrl: origin,
          worklist: {
            signIn: { issuer: `${origin}/sandbox/fhir`, clientId: SANDBOX_WORKLIST_CLIENT_ID },
            writeBack: false,
          },
        },
        { settings: DEFAULT_SETTINGS, logger: false, db },
      );
      const openDb = db;
      const seeded = options.bulk
        .then((bulk) => seed(openDb, dbFile, origin, bulk))
        .catch((error: unknown) => console.error(`  Worklist: the seed export failed: ${String(error)}`));
      r = { app, seeded };
      running.set(origin, r);
    }
    return r;
  }

  /** Passes a request under /worklist/ (but the page) to the in-process server. */
  async function forward(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
    const { app, seeded } = get(origin);
    if ((req.url ?? '').startsWith('/worklist/api/')) await seeded;
    const method = req.method === 'POST' ? 'POST' : req.method === 'HEAD' ? 'HEAD' : 'GET';
    const payload = method === 'POST' ? await readBody(req) : undefined;
    const headers: Record<string, string> = {};
    for (const h of PASSED_HEADERS) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    const out = await app.inject({
      method,
      url: req.url ?? '/',
      headers,
      ...(payload !== undefined ? { payload } : {}),
    });
    res.statusCode = out.statusCode;
    for (const [k, v] of Object.entries(out.headers)) {
      if (v !== undefined && !HOP_BY_HOP.has(k.toLowerCase())) res.setHeader(k, typeof v === 'number' ? String(v) : v);
    }
    res.end(out.rawPayload);
  }

  return {
    /** Starts the in-process worklist (and its seed export) before the first person asks. */
    warm: (origin: string): void => void get(origin),
    /** true when the request was the worklist's (answered), false to let Vite go on. */
    async handle(req: IncomingMessage, res: ServerResponse, origin: string, path: string): Promise<boolean> {
      if (path === '/worklist') {
        redirect(res, '/worklist/');
        return true;
      }
      if (!path.startsWith('/worklist/')) return false;
      if (path === '/worklist/' || path === '/worklist/index.html') {
        if (!existsSync(join(options.root, 'worklist.html'))) {
          sendHtml(res, 404, errorPage('No worklist page', 'This checkout has no worklist.html yet.'));
          return true;
        }
        req.url = '/worklist.html'; // Vite serves (and transforms) the page
        return false;
      }
      await forward(req, res, origin);
      return true;
    },
    close(): void {
      for (const r of running.values()) void r.app.close();
      db?.close();
    },
  };
}

export type SandboxWorklist = ReturnType<typeof createSandboxWorklist>;
