/**
 * The worklist's JSON API, a Fastify plugin buildServer can register: the ranked list, one patient's
 * stored assessment with its review history, and a review (POST, CSRF-checked). No patient data to a
 * caller who has not signed in: `identify` (the session layer, server.ts and sessions.ts) says who the
 * caller is; the API answers 401 without it. The judgement is src/rules/worklist.ts; this persists.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { buildWorklist, reviewScope, REVIEW_ACTIONS, type ReviewAction } from '../../rules/worklist';
import { notAssessedReason } from '../../rules/worklist-rank';
import type { Assessment, IsoDate } from '../../rules/types';
import { isIsoDate } from '../../cli/args';
import {
  addReview,
  assessmentOf,
  currentEntries,
  currentRun,
  recordWriteBack,
  reviewsOf,
  type Db,
  type Run,
  type StoredReview,
} from '../store';
import { unavailableOf } from '../bulk/assess-export';
import { csvHeader, csvLine, toRecord } from './format';
import { sameToken } from './signin-routes';
import type { ReviewWriteBack } from './write-back';

/** The signed-in user of a request: the `fhirUser` of the review, and the session's CSRF token. */
export interface WorklistUser {
  readonly fhirUser: string;
  readonly csrfToken: string;
}

export interface WorklistRouteOptions {
  readonly db: Db;
  /** The date the list is read on (the service's local date). */
  readonly today: () => IsoDate;
  /** The session's user, or undefined when the request is not signed in. */
  readonly identify: (request: FastifyRequest) => WorklistUser | undefined;
  /** Default "/worklist/api". */
  readonly prefix?: string;
  /** An acknowledgement is also written to the EHR as Task + Provenance (`worklist.writeBack`). */
  readonly writeBack?: ReviewWriteBack;
}

const NOTE_MAX = 2000;

function runView(run: Run) {
  return {
    id: run.id,
    asOf: run.asOf,
    dataAsOf: run.dataAsOf,
    status: run.status,
    groupId: run.groupId,
    patientCount: run.patientCount,
    failedTypes: run.failedTypes,
    // The kinds of data every patient of the run lacks (a failed type): the page tells its panels.
    unavailable: unavailableOf(run.failedTypes),
  };
}

/** Whether a POST carries the session's CSRF token in `X-CSRF-Token`. */
export function hasCsrfToken(request: FastifyRequest, user: WorklistUser): boolean {
  const token = request.headers['x-csrf-token'];
  return typeof token === 'string' && sameToken(token, user.csrfToken);
}

interface ReviewBody {
  readonly action: ReviewAction;
  readonly until?: IsoDate;
  readonly note?: string;
}

/** The POST body, checked; a string is the one-line reason it is refused. */
function parseReviewBody(body: unknown, today: IsoDate): ReviewBody | string {
  if (typeof body !== 'object' || body === null) return 'The body must be a JSON object.';
  const { action, until, note } = body as Record<string, unknown>;
  const act = REVIEW_ACTIONS.find((a) => a === action);
  if (!act) return `action must be one of ${REVIEW_ACTIONS.join(', ')}.`;
  if (until !== undefined && (typeof until !== 'string' || !isIsoDate(until)))
    return 'until must be a date YYYY-MM-DD.';
  if (act === 'snooze' && until === undefined) return 'A snooze needs until.';
  if (act !== 'snooze' && until !== undefined) return 'until is for a snooze only.';
  if (typeof until === 'string' && until <= today) return `until must be after today (${today}).`;
  if (note !== undefined && (typeof note !== 'string' || note.length > NOTE_MAX))
    return `note must be text of at most ${NOTE_MAX} characters.`;
  return {
    action: act,
    ...(typeof until === 'string' ? { until } : {}),
    ...(typeof note === 'string' && note.trim() !== '' ? { note } : {}),
  };
}

/** Writes the review to the EHR and records how it went (the review itself is already stored). */
async function writeBackReview(
  writeBack: ReviewWriteBack,
  review: StoredReview,
  assessment: Assessment,
  today: IsoDate,
  db: Db,
): Promise<StoredReview> {
  // The Task's focus: the first evidence of the finding that drives the row (its reason sentence's).
  const evidence = buildWorklist([{ assessment, reviews: [] }], today)[0]?.driving?.evidence[0];
  const result = await writeBack({
    reviewId: review.id,
    patientId: review.patientId,
    fhirUser: review.by,
    at: review.at,
    ...(evidence ? { focus: `${evidence.resourceType}/${evidence.id}` } : {}),
    ...(review.note !== undefined ? { note: review.note } : {}),
  }).catch((): { status: 'failed'; error: string } => ({ status: 'failed', error: 'the write-back failed' }));
  return recordWriteBack(db, review.id, result);
}

export const worklistRoutes: FastifyPluginAsync<WorklistRouteOptions> = async (app, opts) => {
  const prefix = opts.prefix ?? '/worklist/api';
  const signedIn = (request: FastifyRequest, reply: FastifyReply): WorklistUser | undefined => {
    const user = opts.identify(request);
    if (!user) void reply.code(401).send({ error: 'Sign in to see the worklist.' });
    return user;
  };

  app.get(`${prefix}/rows`, async (request, reply) => {
    if (!signedIn(request, reply)) return reply;
    const current = currentEntries(opts.db);
    if (!current) return { run: null, rows: [] };
    // The page's row says the app's summary line and the driving finding: it needs them in full.
    const given = new Map(current.entries.map((e) => [e.assessment.patient.id, e.notAssessed]));
    const rows = buildWorklist(current.entries, opts.today()).map((row) => ({
      ...toRecord(row, current.run),
      driving: row.driving ?? null,
      // Why the patient could not be assessed at all (then the statuses are placeholders), or null.
      notAssessed: notAssessedReason(row.assessment, given.get(row.patientId)) ?? null,
      assessment: row.assessment,
    }));
    return { run: runView(current.run), rows };
  });

  app.get(`${prefix}/rows.csv`, async (request, reply) => {
    if (!signedIn(request, reply)) return reply;
    const current = currentEntries(opts.db);
    const rows = current ? buildWorklist(current.entries, opts.today()).map((r) => toRecord(r, current.run)) : [];
    const body = [csvHeader(), ...rows.map(csvLine)].join('\r\n') + '\r\n';
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="worklist.csv"')
      .header('cache-control', 'no-store')
      .send(body);
  });

  app.get<{ Params: { id: string } }>(`${prefix}/patients/:id`, async (request, reply) => {
    if (!signedIn(request, reply)) return reply;
    const current = currentEntries(opts.db);
    const entry = current?.entries.find((e) => e.assessment.patient.id === request.params.id);
    if (!current || !entry) return reply.code(404).send({ error: 'No such patient in the current worklist.' });
    const row = buildWorklist([entry], opts.today())[0];
    return {
      run: runView(current.run),
      row: row ? toRecord(row, current.run) : null,
      assessment: entry.assessment,
      notAssessed: entry.notAssessed ?? null,
      reviews: reviewsOf(opts.db, request.params.id),
    };
  });

  app.post<{ Params: { id: string } }>(`${prefix}/patients/:id/reviews`, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    if (!hasCsrfToken(request, user)) return reply.code(403).send({ error: 'The request lacks a valid CSRF token.' });
    const today = opts.today();
    const body = parseReviewBody(request.body, today);
    if (typeof body === 'string') return reply.code(400).send({ error: body });
    const run = currentRun(opts.db);
    const stored = run ? assessmentOf(opts.db, run.id, request.params.id) : undefined;
    if (!run || !stored) return reply.code(404).send({ error: 'No such patient in the current worklist.' });
    const writeBack = body.action === 'acknowledge' ? opts.writeBack : undefined;
    const review = addReview(
      opts.db,
      request.params.id,
      { ...body, by: user.fhirUser, at: new Date().toISOString(), ...reviewScope(stored.assessment) },
      run.id,
      writeBack ? 'pending' : 'none',
    );
    if (!writeBack) return reply.code(201).send(review);
    const written = await writeBackReview(writeBack, review, stored.assessment, today, opts.db);
    request.log.info({ reviewId: review.id, writeBack: written.writeBack.status }, 'review written back');
    return reply.code(201).send(written);
  });
};
