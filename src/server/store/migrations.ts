/**
 * The database schema, as numbered migrations applied in order and recorded in `schema_migrations`.
 * Append a new migration to change the schema; never edit one that has shipped.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'export runs, patient assessments, review actions',
    sql: `
CREATE TABLE export_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  data_as_of TEXT,
  fhir_base TEXT NOT NULL,
  group_id TEXT NOT NULL,
  as_of TEXT NOT NULL,
  policy TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('running', 'complete', 'partial', 'failed')),
  patient_count INTEGER NOT NULL DEFAULT 0,
  resource_count INTEGER,
  failed_types TEXT NOT NULL DEFAULT '[]',
  errors TEXT NOT NULL DEFAULT '[]',
  duration_ms INTEGER
);

CREATE TABLE patient_assessments (
  run_id INTEGER NOT NULL REFERENCES export_runs (id),
  patient_id TEXT NOT NULL,
  name TEXT,
  treatment TEXT NOT NULL,
  eligibility TEXT NOT NULL,
  monitoring TEXT NOT NULL,
  not_assessed_reason TEXT,
  assessment_json TEXT NOT NULL,
  PRIMARY KEY (run_id, patient_id)
) WITHOUT ROWID;

CREATE TABLE review_actions (
  id INTEGER PRIMARY KEY,
  patient_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('acknowledge', 'snooze', 'follow-up')),
  by_user TEXT NOT NULL,
  at TEXT NOT NULL,
  until TEXT,
  note TEXT,
  run_id INTEGER REFERENCES export_runs (id),
  findings_json TEXT NOT NULL,
  evidence_ids_json TEXT NOT NULL,
  CHECK (action <> 'snooze' OR until IS NOT NULL)
);

CREATE INDEX review_actions_by_patient ON review_actions (patient_id, at, id);

CREATE TRIGGER review_actions_append_only_update BEFORE UPDATE ON review_actions
BEGIN SELECT RAISE(ABORT, 'review actions are append-only'); END;

CREATE TRIGGER review_actions_append_only_delete BEFORE DELETE ON review_actions
BEGIN SELECT RAISE(ABORT, 'review actions are append-only'); END;
`,
  },
  {
    version: 2,
    name: 'CDS Hooks card feedback',
    // What the EHR sent to /cds-services/{id}/feedback; the CDS feedback body carries no patient data.
    sql: `
CREATE TABLE cds_feedback (
  id INTEGER PRIMARY KEY,
  service_id TEXT NOT NULL,
  issuer TEXT NOT NULL,
  card_uuid TEXT NOT NULL,
  outcome TEXT NOT NULL CHECK (outcome IN ('accepted', 'overridden')),
  override_code TEXT,
  override_system TEXT,
  override_display TEXT,
  override_comment TEXT,
  accepted_suggestions TEXT NOT NULL DEFAULT '[]',
  outcome_timestamp TEXT NOT NULL,
  received_at TEXT NOT NULL
);

CREATE INDEX cds_feedback_by_card ON cds_feedback (card_uuid);
`,
  },
  {
    version: 3,
    name: 'write-back of a review to the EHR (Task + Provenance)',
    // A review stays append-only; only its write-back outcome may change, once, from pending.
    sql: `
ALTER TABLE review_actions ADD COLUMN write_back TEXT NOT NULL DEFAULT 'none'
  CHECK (write_back IN ('none', 'pending', 'ok', 'failed'));
ALTER TABLE review_actions ADD COLUMN write_back_task_id TEXT;
ALTER TABLE review_actions ADD COLUMN write_back_error TEXT;
ALTER TABLE review_actions ADD COLUMN write_back_at TEXT;

DROP TRIGGER review_actions_append_only_update;

CREATE TRIGGER review_actions_append_only_update
BEFORE UPDATE OF id, patient_id, action, by_user, at, until, note, run_id, findings_json, evidence_ids_json
ON review_actions
BEGIN SELECT RAISE(ABORT, 'review actions are append-only'); END;

CREATE TRIGGER review_actions_write_back_once
BEFORE UPDATE OF write_back, write_back_task_id, write_back_error, write_back_at ON review_actions
WHEN OLD.write_back <> 'pending' OR NEW.write_back NOT IN ('ok', 'failed')
BEGIN SELECT RAISE(ABORT, 'a write-back outcome is recorded once, after pending'); END;
`,
  },
];
