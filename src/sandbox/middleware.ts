import type { IncomingMessage, ServerResponse } from 'node:http';
import { localToday, type CaseSource } from './case-source';
import { capabilityStatement, smartConfiguration } from './discovery';
import { describeFaults, parseFaults } from './faults';
import { handleFhirRequest } from './fhir-endpoint';
import { originOf, readBody, redirect, send, sendHtml, sendJson, serverTiming, sleep } from './http';
import { errorPage } from './pages/layout';
import { framePage } from './pages/frame-page';
import { pickerPage } from './pages/picker-page';
import { sandboxPage } from './pages/sandbox-page';
import type { AuthServer } from './smart-auth';
import { createCdsRoutes } from './cds/cds-routes';
import type { SandboxBulk } from './bulk/sandbox-bulk';
import { handleWriteBack } from './bulk/write-back-route';

type Next = (err?: unknown) => void;
const FHIR_JSON = 'application/fhir+json';

async function parseBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const text = await readBody(req);
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    const parsed: unknown = text ? JSON.parse(text) : {};
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  }
  return Object.fromEntries(new URLSearchParams(text));
}

/**
 * All sandbox routes: the EHR page, the SMART authorization server and the FHIR endpoint, CDS Hooks,
 * and (with `bulk`) Backend Services tokens and Bulk Data export.
 */
export function createSandboxMiddleware(auth: AuthServer, cases: CaseSource, bulk?: Promise<SandboxBulk>) {
  const cdsRoutes = createCdsRoutes(auth, cases);
  const launchUrl = (origin: string, id: string): string =>
    `/launch.html?iss=${encodeURIComponent(`${origin}/sandbox/fhir`)}&launch=${encodeURIComponent(id)}`;

  async function createLaunch(req: IncomingMessage, res: ServerResponse, origin: string): Promise<void> {
    const body = await parseBody(req);
    const patient = typeof body.patient === 'string' ? body.patient : '';
    if (!(await cases.has(patient))) return sendJson(res, 400, { error: `Unknown patient "${patient}".` });
    const isJson = (req.headers['content-type'] ?? '').includes('application/json');
    const launch = auth.createLaunch(patient, parseFaults(isJson ? body.faults : body));
    const url = launchUrl(origin, launch.id);
    const frameUrl = `/sandbox/frame?launch=${encodeURIComponent(launch.id)}`;
    if (isJson) return sendJson(res, 201, { id: launch.id, url, frameUrl });
    redirect(res, body.target === 'frame' ? frameUrl : url, 303);
  }

  async function frame(res: ServerResponse, url: URL): Promise<void> {
    const launch = auth.getLaunch(url.searchParams.get('launch') ?? '');
    const patient = (await cases.patients()).find((p) => p.id === launch?.patient);
    if (!launch || !patient)
      return sendHtml(res, 404, errorPage('Unknown launch', 'Start again from the patient list.'));
    sendHtml(res, 200, framePage(patient, describeFaults(launch.faults), launchUrl(url.origin, launch.id)));
  }

  async function authorize(res: ServerResponse, url: URL): Promise<void> {
    const picked = url.searchParams.get('sandbox_patient') ?? undefined;
    const patients = await cases.patients();
    const valid = picked && patients.some((p) => p.id === picked) ? picked : undefined;
    const params = new URLSearchParams(url.searchParams);
    params.delete('sandbox_patient');
    const result = auth.authorize(params, `${url.origin}/sandbox/fhir`, url.origin, valid);
    if (result.kind === 'redirect') return redirect(res, result.location);
    if (result.kind === 'pick-patient') return sendHtml(res, 200, pickerPage(url.searchParams, patients));
    sendHtml(res, result.status, errorPage('Authorization request refused', result.message));
  }

  async function fhir(req: IncomingMessage, res: ServerResponse, url: URL, rel: string): Promise<void> {
    const started = performance.now();
    let slept = 0;
    let latencyMs = 0;
    // The sandbox's own time per answer (issue 11.4), apart from the latency a launch adds, so that
    // npm run bench can tell the app's time from the sandbox's.
    const answer = (status: number, body: unknown, type?: string): void => {
      res.setHeader('Server-Timing', serverTiming(performance.now() - started - slept, latencyMs));
      sendJson(res, status, body, type);
    };
    const base = `${url.origin}/sandbox/fhir`;
    if (rel === '.well-known/smart-configuration') return answer(200, smartConfiguration(url.origin));
    if (rel === 'metadata') return answer(200, capabilityStatement(url.origin, localToday()), FHIR_JSON);
    if (bulk && rel.startsWith('Group/') && (await (await bulk).routes.fhir(req, res, url, rel, url.origin))) return;
    // The worklist's write-back: a transaction of Task + Provenance, with a backend (system) token.
    if (bulk && rel === '' && req.method === 'POST') return handleWriteBack(req, res, (await bulk).auth, cases);
    const session = auth.authenticate(req.headers.authorization);
    if (typeof session === 'string') {
      const issue = { severity: 'error', code: 'login', diagnostics: `Access token ${session}.` };
      res.setHeader('WWW-Authenticate', `Bearer realm="sandbox", error="invalid_token"`);
      return answer(401, { resourceType: 'OperationOutcome', issue: [issue] }, FHIR_JSON);
    }
    if (session.faults.latencyMs > 0) {
      const before = performance.now();
      await sleep(session.faults.latencyMs);
      slept = performance.now() - before;
      latencyMs = session.faults.latencyMs;
    }
    if (!session.patient) {
      const issue = { severity: 'error', code: 'forbidden', diagnostics: 'This token has no patient in context.' };
      return answer(403, { resourceType: 'OperationOutcome', issue: [issue] }, FHIR_JSON);
    }
    const store = await cases.storeFor(session.patient);
    if (!store) return answer(404, { resourceType: 'OperationOutcome', issue: [] }, FHIR_JSON);
    const out = await handleFhirRequest(store, session, req.method ?? 'GET', rel + url.search, base);
    answer(out.status, out.body, FHIR_JSON);
  }

  async function route(req: IncomingMessage, res: ServerResponse, next: Next): Promise<void> {
    const origin = originOf(req);
    const url = new URL(req.url ?? '/', origin);
    const path = url.pathname;
    const method = req.method ?? 'GET';
    // The app's redirect page is /index.html; a bare "/" is a person opening the dev server.
    if (path === '/' && url.search === '' && method === 'GET') return redirect(res, '/sandbox/');
    if (path === '/sandbox') return redirect(res, '/sandbox/');
    if (!path.startsWith('/sandbox/')) return next();
    if (path === '/sandbox/' && method === 'GET')
      return sendHtml(res, 200, sandboxPage(origin, await cases.patients()));
    if (path === '/sandbox/api/launch' && method === 'POST') return createLaunch(req, res, origin);
    if (path === '/sandbox/frame' && method === 'GET') return frame(res, url);
    if (path === '/sandbox/auth/authorize' && method === 'GET') return authorize(res, url);
    if (path === '/sandbox/auth/jwks.json' && method === 'GET') return sendJson(res, 200, await auth.jwks());
    if (path === '/sandbox/auth/token' && method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const backend = form.get('grant_type') === 'client_credentials' ? await bulk : undefined;
      const out = backend ? await backend.auth.token(form, `${origin}/sandbox/auth/token`) : await auth.token(form);
      return send(res, out.status, JSON.stringify(out.body), 'application/json', { Pragma: 'no-cache' });
    }
    if (bulk && path.startsWith('/sandbox/bulk/')) return (await bulk).routes.bulk(req, res, path, origin);
    if (path.startsWith('/sandbox/fhir/')) return fhir(req, res, url, path.slice('/sandbox/fhir/'.length));
    if (path === '/sandbox/fhir' && method === 'POST') return fhir(req, res, url, '');
    if (await cdsRoutes(req, res, path, url.search, origin)) return;
    sendHtml(res, 404, errorPage('Not found', `No sandbox page at ${path}.`));
  }

  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    route(req, res, next).catch((err: unknown) => {
      // Never echo request details: URLs and headers may carry tokens or codes.
      const message = err instanceof Error ? err.message : 'Unexpected error';
      if (!res.headersSent) sendHtml(res, 500, errorPage('Sandbox error', message));
      else res.end();
    });
  };
}
