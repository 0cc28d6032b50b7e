/**
 * Review actions: append-only (the table refuses UPDATE and DELETE). Each records who, when, the
 * action, and what it covered: the finding codes with their severities and the evidence ids.
 */
import type { Review, ReviewAction, SeenFinding } from '../../rules/worklist';
import type { Severity } from '../../rules/types';
import type { Db } from './database';

/** Whether the review was also written to the EHR as a Task + Provenance (migration 3). */
export type WriteBackStatus = 'none' | 'pending' | 'ok' | 'failed';

export interface WriteBack {
  readonly status: WriteBackStatus;
  /** The EHR's id of the Task (`Task/123`) when the write-back succeeded. */
  readonly taskId?: string;
  /** Why it failed: one line, no patient data. */
  readonly error?: string;
  /** When the outcome was recorded. */
  readonly at?: string;
}

export interface StoredReview extends Review {
  readonly id: number;
  readonly patientId: string;
  /** The export run whose assessment the reviewer saw. */
  readonly runId?: number;
  readonly writeBack: WriteBack;
}

interface ReviewRow {
  id: number;
  patient_id: string;
  action: ReviewAction;
  by_user: string;
  at: string;
  until: string | null;
  note: string | null;
  run_id: number | null;
  findings_json: string;
  evidence_ids_json: string;
  write_back: WriteBackStatus;
  write_back_task_id: string | null;
  write_back_error: string | null;
  write_back_at: string | null;
}

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

function parseFindings(json: string): SeenFinding[] {
  const v: unknown = JSON.parse(json);
  if (!Array.isArray(v)) return [];
  return v.flatMap((f: unknown): SeenFinding[] => {
    if (typeof f !== 'object' || f === null) return [];
    const { code, severity } = f as { code?: unknown; severity?: unknown };
    const sev = SEVERITIES.find((s) => s === severity);
    return typeof code === 'string' && sev ? [{ code, severity: sev }] : [];
  });
}

function parseIds(json: string): string[] {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function toReview(r: ReviewRow): StoredReview {
  return {
    id: r.id,
    patientId: r.patient_id,
    action: r.action,
    by: r.by_user,
    at: r.at,
    ...(r.until !== null ? { until: r.until } : {}),
    ...(r.note !== null ? { note: r.note } : {}),
    ...(r.run_id !== null ? { runId: r.run_id } : {}),
    findings: parseFindings(r.findings_json),
    evidenceIds: parseIds(r.evidence_ids_json),
    writeBack: {
      status: r.write_back,
      ...(r.write_back_task_id !== null ? { taskId: r.write_back_task_id } : {}),
      ...(r.write_back_error !== null ? { error: r.write_back_error } : {}),
      ...(r.write_back_at !== null ? { at: r.write_back_at } : {}),
    },
  };
}

/**
 * Append a review action; returns it as stored.
 * @param writeBack - 'pending' when a Task is about to be written to the EHR (recordWriteBack ends it)
 */
export function addReview(
  db: Db,
  patientId: string,
  review: Review,
  runId?: number,
  writeBack: 'none' | 'pending' = 'none',
): StoredReview {
  const info = db
    .prepare(
      `INSERT INTO review_actions
         (patient_id, action, by_user, at, until, note, run_id, findings_json, evidence_ids_json, write_back)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      patientId,
      review.action,
      review.by,
      review.at,
      review.until ?? null,
      review.note ?? null,
      runId ?? null,
      JSON.stringify(review.findings.map((f) => ({ code: f.code, severity: f.severity }))),
      JSON.stringify(review.evidenceIds),
      writeBack,
    );
  const row = db.prepare('SELECT * FROM review_actions WHERE id = ?').get(info.lastInsertRowid) as ReviewRow;
  return toReview(row);
}

/**
 * Records how a pending write-back ended, once (the table refuses any other change to a review).
 * @returns the review as stored now
 */
export function recordWriteBack(
  db: Db,
  reviewId: number,
  outcome: { readonly status: 'ok'; readonly taskId: string } | { readonly status: 'failed'; readonly error: string },
  at: string = new Date().toISOString(),
): StoredReview {
  db.prepare(
    `UPDATE review_actions SET write_back = ?, write_back_task_id = ?, write_back_error = ?, write_back_at = ?
     WHERE id = ?`,
  ).run(
    outcome.status,
    outcome.status === 'ok' ? outcome.taskId : null,
    outcome.status === 'failed' ? outcome.error : null,
    at,
    reviewId,
  );
  const row = db.prepare('SELECT * FROM review_actions WHERE id = ?').get(reviewId) as ReviewRow | undefined;
  if (!row) throw new Error(`no review ${reviewId}`);
  return toReview(row);
}

/** One patient's reviews, oldest first (the history). */
export function reviewsOf(db: Db, patientId: string): StoredReview[] {
  const rows = db
    .prepare('SELECT * FROM review_actions WHERE patient_id = ? ORDER BY at, id')
    .all(patientId) as ReviewRow[];
  return rows.map(toReview);
}

/** Every review, grouped by patient id, oldest first. */
export function allReviews(db: Db): Map<string, StoredReview[]> {
  const rows = db.prepare('SELECT * FROM review_actions ORDER BY patient_id, at, id').all() as ReviewRow[];
  const out = new Map<string, StoredReview[]>();
  for (const r of rows) {
    const list = out.get(r.patient_id) ?? [];
    list.push(toReview(r));
    out.set(r.patient_id, list);
  }
  return out;
}
