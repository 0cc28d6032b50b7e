import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { randomToken } from '../smart-auth';
import { sendJson } from '../http';
import { type BackendAuth, type SystemSession, systemAllows } from './backend-token';
import { parseGroupId, SANDBOX_GROUP_ID } from './export-faults';
import { type ExportJob, type ExportSource, newJobDir, removeJob, runJob } from './export-jobs';

const FHIR_JSON = 'application/fhir+json';
/** The types the sandbox exports: those the app reads. */
export const BULK_TYPES = [
  'Patient',
  'Observation',
  'MedicationRequest',
  'MedicationStatement',
  'Medication',
  'Condition',
  'AllergyIntolerance',
];

function outcome(
  res: ServerResponse,
  status: number,
  code: string,
  text: string,
  headers: Record<string, string> = {},
) {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  sendJson(
    res,
    status,
    { resourceType: 'OperationOutcome', issue: [{ severity: 'error', code, diagnostics: text }] },
    FHIR_JSON,
  );
}

/** Sends the OperationOutcome; `true`: the request was handled. */
function refused(
  res: ServerResponse,
  status: number,
  code: string,
  text: string,
  headers: Record<string, string> = {},
) {
  outcome(res, status, code, text, headers);
  return true;
}

/**
 * Bulk Data over the sandbox: `Group/<id>` and `Group/<id>/$export` (under the FHIR base), the
 * status URL, the files and DELETE (under /sandbox/bulk/), all with Backend Services tokens.
 */
export function createBulkRoutes(auth: BackendAuth, source: ExportSource) {
  const jobs = new Map<string, ExportJob>();
  const kickOffs = new Map<string, number>();

  function session(req: IncomingMessage, res: ServerResponse): SystemSession | undefined {
    const s = auth.authenticate(req.headers.authorization);
    if (typeof s !== 'string') return s;
    res.setHeader('WWW-Authenticate', 'Bearer realm="sandbox", error="invalid_token"');
    outcome(res, 401, 'login', `Access token ${s}.`);
    return undefined;
  }

  /** GET [base]/Group/<id> and GET [base]/Group/<id>/$export. @returns false when not a Group URL */
  async function fhir(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    rel: string,
    origin: string,
  ): Promise<boolean> {
    const m = /^Group\/([A-Za-z0-9\-.]{1,64})(\/\$export)?$/.exec(rel);
    if (!m?.[1]) return false;
    const s = session(req, res);
    if (!s) return true;
    const { base, faults } = parseGroupId(m[1]);
    if (base !== SANDBOX_GROUP_ID) return refused(res, 404, 'not-found', 'No such Group.');
    if (!m[2]) {
      if (!systemAllows(s.scope, 'Group')) return refused(res, 403, 'forbidden', 'No Group scope.');
      const member = (await source.patientIds()).map((id) => ({ entity: { reference: `Patient/${id}` } }));
      sendJson(res, 200, { resourceType: 'Group', id: m[1], type: 'person', actual: true, member }, FHIR_JSON);
      return true;
    }
    if (req.method !== 'GET') return refused(res, 405, 'not-supported', 'Use GET.');
    if (!/respond-async/.test(String(req.headers.prefer ?? ''))) {
      return refused(res, 400, 'required', 'Bulk export needs Prefer: respond-async.');
    }
    const types = (url.searchParams.get('_type') ?? BULK_TYPES.join(',')).split(',').filter(Boolean);
    const unknown = types.find((t) => !BULK_TYPES.includes(t));
    if (unknown) return refused(res, 400, 'not-supported', `The sandbox does not export ${unknown}.`);
    const denied = types.find((t) => !systemAllows(s.scope, t));
    if (denied) return refused(res, 403, 'forbidden', `The token does not grant system/${denied}.`);
    const attempt = (kickOffs.get(m[1]) ?? 0) + 1;
    kickOffs.set(m[1], attempt);
    const busy = [...jobs.values()].some((j) => j.clientId === s.clientId && j.state === 'generating');
    if ((faults.rateLimited && attempt % 2 === 1) || busy) {
      return refused(res, 429, 'throttled', 'One export at a time.', { 'Retry-After': '1' });
    }
    const id = randomToken(12);
    const job: ExportJob = {
      id,
      clientId: s.clientId,
      request: `${origin}/sandbox/fhir/${rel}${url.search}`,
      types,
      faults,
      transactionTime: new Date().toISOString(),
      dir: newJobDir(),
      done: 0,
      total: 0,
      state: 'generating',
      slowPolls: faults.slowPolls,
      files: new Map(),
      tokenExpired: false,
    };
    jobs.set(id, job);
    void runJob(job, source, `${origin}/sandbox/fhir`);
    res.statusCode = 202;
    res.setHeader('Content-Location', `${origin}/sandbox/bulk/status/${id}`);
    res.end();
    return true;
  }

  /** /sandbox/bulk/status/<job> (GET, DELETE) and /sandbox/bulk/files/<job>/<name>. */
  async function bulk(req: IncomingMessage, res: ServerResponse, path: string, origin: string): Promise<void> {
    const m = /^\/sandbox\/bulk\/(status|files)\/([A-Za-z0-9_-]+)(?:\/([A-Za-z.-]+))?$/.exec(path);
    const job = m?.[2] ? jobs.get(m[2]) : undefined;
    if (!m || !job) return outcome(res, 404, 'not-found', 'No such export job.');
    if (m[1] === 'files') return file(req, res, job, m[3] ?? '');
    const s = session(req, res);
    if (!s) return;
    if (s.clientId !== job.clientId) return outcome(res, 404, 'not-found', 'No such export job.');
    if (req.method === 'DELETE') {
      jobs.delete(job.id);
      await removeJob(job);
      res.statusCode = 202;
      return void res.end();
    }
    if (job.state === 'failed') return outcome(res, 500, 'exception', 'The export failed.');
    if (job.state === 'generating' || job.slowPolls > 0) {
      if (job.state === 'ready') job.slowPolls -= 1;
      res.statusCode = 202;
      res.setHeader('X-Progress', `${job.done} of ${job.total || '?'} patients`);
      res.setHeader('Retry-After', '1');
      return void res.end();
    }
    const fileUrl = (name: string): string => `${origin}/sandbox/bulk/files/${job.id}/${name}`;
    sendJson(res, 200, {
      transactionTime: job.transactionTime,
      request: job.request,
      requiresAccessToken: true,
      output: [...job.files].map(([type, f]) => ({ type, url: fileUrl(f.name), count: f.count })),
      error: job.faults.errorType ? [{ type: 'OperationOutcome', url: fileUrl('errors.ndjson') }] : [],
    });
  }

  async function file(req: IncomingMessage, res: ServerResponse, job: ExportJob, name: string): Promise<void> {
    const s = session(req, res);
    if (!s) return;
    if (job.faults.expiredToken && !job.tokenExpired) {
      job.tokenExpired = true;
      auth.expire(req.headers.authorization);
      return outcome(res, 401, 'login', 'Access token expired.');
    }
    if (name === 'errors.ndjson' && job.faults.errorType) {
      const issue = {
        severity: 'error',
        code: 'exception',
        diagnostics: `Could not export ${job.faults.errorType}: timeout.`,
      };
      res.setHeader('Content-Type', 'application/fhir+ndjson');
      return void res.end(`${JSON.stringify({ resourceType: 'OperationOutcome', issue: [issue] })}\n`);
    }
    const entry = [...job.files].find(([, f]) => f.name === name);
    if (!entry) return outcome(res, 404, 'not-found', 'No such file.');
    if (entry[0] === job.faults.failedType) return outcome(res, 500, 'exception', 'The file could not be read.');
    res.setHeader('Content-Type', 'application/fhir+ndjson');
    createReadStream(join(await job.dir, name)).pipe(res);
  }

  return { fhir, bulk, jobs };
}
