/**
 * Export runs and the assessment of each patient per run. A run is "current" once it finished
 * complete or partial; a run that failed or never finished is kept for the record but never current.
 */
import type { Assessment, IsoDate, Policy } from '../../rules/types';
import type { Db } from './database';

export type RunStatus = 'running' | 'complete' | 'partial' | 'failed';

export interface RunStart {
  readonly fhirBase: string;
  readonly groupId: string;
  readonly asOf: IsoDate;
  readonly policy: Policy;
  /** ISO date-time; default now. */
  readonly startedAt?: string;
}

export interface RunEnd {
  readonly status: Exclude<RunStatus, 'running'>;
  readonly resourceCount?: number;
  /** Resource types that could not be read for any patient of the export. */
  readonly failedTypes?: readonly string[];
  /** One line each, no patient data. */
  readonly errors?: readonly string[];
  readonly finishedAt?: string;
  /** When the data are as of (the export's transactionTime); default the run's start. */
  readonly dataAsOf?: string;
}

export interface Run {
  readonly id: number;
  readonly startedAt: string;
  readonly finishedAt?: string;
  /** When the data are as of: the export's transactionTime, else the run's start. */
  readonly dataAsOf: string;
  readonly fhirBase: string;
  readonly groupId: string;
  readonly asOf: IsoDate;
  readonly policy: Policy;
  readonly status: RunStatus;
  readonly patientCount: number;
  readonly resourceCount?: number;
  readonly failedTypes: readonly string[];
  readonly errors: readonly string[];
  readonly durationMs?: number;
}

export interface StoredAssessment {
  readonly runId: number;
  readonly patientId: string;
  readonly assessment: Assessment;
  readonly notAssessed?: { readonly reason: string };
}

interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  data_as_of: string | null;
  fhir_base: string;
  group_id: string;
  as_of: string;
  policy: Policy;
  status: RunStatus;
  patient_count: number;
  resource_count: number | null;
  failed_types: string;
  errors: string;
  duration_ms: number | null;
}

const stringList = (json: string): string[] => {
  const v: unknown = JSON.parse(json);
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
};

function toRun(r: RunRow): Run {
  return {
    id: r.id,
    startedAt: r.started_at,
    ...(r.finished_at ? { finishedAt: r.finished_at } : {}),
    dataAsOf: r.data_as_of ?? r.started_at,
    fhirBase: r.fhir_base,
    groupId: r.group_id,
    asOf: r.as_of,
    policy: r.policy,
    status: r.status,
    patientCount: r.patient_count,
    ...(r.resource_count !== null ? { resourceCount: r.resource_count } : {}),
    failedTypes: stringList(r.failed_types),
    errors: stringList(r.errors),
    ...(r.duration_ms !== null ? { durationMs: r.duration_ms } : {}),
  };
}

/** The Assessment JSON we stored, read back with a check of its shape. */
function parseAssessment(json: string): Assessment {
  const v: unknown = JSON.parse(json);
  if (typeof v !== 'object' || v === null || !('patient' in v) || !('findings' in v)) {
    throw new Error('a stored assessment is not an Assessment');
  }
  return v as Assessment;
}

export function startRun(db: Db, s: RunStart): number {
  const info = db
    .prepare(
      `INSERT INTO export_runs (started_at, fhir_base, group_id, as_of, policy, status)
       VALUES (?, ?, ?, ?, ?, 'running')`,
    )
    .run(s.startedAt ?? new Date().toISOString(), s.fhirBase, s.groupId, s.asOf, s.policy);
  return Number(info.lastInsertRowid);
}

export function addAssessment(db: Db, runId: number, a: Assessment, notAssessed?: { readonly reason: string }): void {
  db.prepare(
    `INSERT INTO patient_assessments
       (run_id, patient_id, name, treatment, eligibility, monitoring, not_assessed_reason, assessment_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    runId,
    a.patient.id,
    a.patient.name ?? null,
    a.treatment.status,
    a.eligibility.status,
    a.monitoring.status,
    notAssessed?.reason ?? null,
    JSON.stringify(a),
  );
}

export function finishRun(db: Db, runId: number, e: RunEnd): Run {
  const finishedAt = e.finishedAt ?? new Date().toISOString();
  db.prepare(
    `UPDATE export_runs
     SET status = ?, finished_at = ?, data_as_of = ?, resource_count = ?, failed_types = ?, errors = ?,
       patient_count = (SELECT count(*) FROM patient_assessments WHERE run_id = export_runs.id),
       duration_ms = CAST(round((julianday(?) - julianday(started_at)) * 86400000) AS INTEGER)
     WHERE id = ?`,
  ).run(
    e.status,
    finishedAt,
    e.dataAsOf ?? null,
    e.resourceCount ?? null,
    JSON.stringify(e.failedTypes ?? []),
    JSON.stringify(e.errors ?? []),
    finishedAt,
    runId,
  );
  const run = getRun(db, runId);
  if (!run) throw new Error(`no export run ${runId}`);
  return run;
}

export function getRun(db: Db, runId: number): Run | undefined {
  const row = db.prepare('SELECT * FROM export_runs WHERE id = ?').get(runId) as RunRow | undefined;
  return row ? toRun(row) : undefined;
}

/** The latest run that finished complete or partial. */
export function currentRun(db: Db): Run | undefined {
  const row = db
    .prepare(`SELECT * FROM export_runs WHERE status IN ('complete', 'partial') ORDER BY id DESC LIMIT 1`)
    .get() as RunRow | undefined;
  return row ? toRun(row) : undefined;
}

export function listRuns(db: Db, limit = 50): Run[] {
  const rows = db.prepare('SELECT * FROM export_runs ORDER BY id DESC LIMIT ?').all(limit) as RunRow[];
  return rows.map(toRun);
}

interface AssessmentRow {
  run_id: number;
  patient_id: string;
  not_assessed_reason: string | null;
  assessment_json: string;
}

function toStored(r: AssessmentRow): StoredAssessment {
  return {
    runId: r.run_id,
    patientId: r.patient_id,
    assessment: parseAssessment(r.assessment_json),
    ...(r.not_assessed_reason !== null ? { notAssessed: { reason: r.not_assessed_reason } } : {}),
  };
}

export function assessmentsOfRun(db: Db, runId: number): StoredAssessment[] {
  const rows = db
    .prepare('SELECT * FROM patient_assessments WHERE run_id = ? ORDER BY patient_id')
    .all(runId) as AssessmentRow[];
  return rows.map(toStored);
}

export function assessmentOf(db: Db, runId: number, patientId: string): StoredAssessment | undefined {
  const row = db
    .prepare('SELECT * FROM patient_assessments WHERE run_id = ? AND patient_id = ?')
    .get(runId, patientId) as AssessmentRow | undefined;
  return row ? toStored(row) : undefined;
}
