/**
 * CDS Hooks card feedback kept in the worklist's database (table `cds_feedback`, migration 2): one
 * row per card outcome the EHR reported. The feedback body of CDS Hooks 2.0.1 carries no patient
 * data, and nothing else is added here.
 */
import type { FeedbackEntry, FeedbackSink } from '../cds/feedback';
import type { Db } from './database';

interface FeedbackRow {
  service_id: string;
  issuer: string;
  card_uuid: string;
  outcome: FeedbackEntry['outcome'];
  override_code: string | null;
  override_system: string | null;
  override_display: string | null;
  override_comment: string | null;
  accepted_suggestions: string;
  outcome_timestamp: string;
  received_at: string;
}

/** A FeedbackSink that inserts every entry of one request in one transaction. */
export function databaseFeedback(db: Db): FeedbackSink {
  const insert = db.prepare(
    `INSERT INTO cds_feedback (service_id, issuer, card_uuid, outcome, override_code, override_system,
       override_display, override_comment, accepted_suggestions, outcome_timestamp, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertAll = db.transaction((entries: readonly FeedbackEntry[]) => {
    for (const e of entries) {
      insert.run(
        e.serviceId,
        e.issuer,
        e.card,
        e.outcome,
        e.overrideReason?.code ?? null,
        e.overrideReason?.system ?? null,
        e.overrideReason?.display ?? null,
        e.overrideReason?.userComment ?? null,
        JSON.stringify(e.acceptedSuggestions),
        e.outcomeTimestamp,
        e.receivedAt,
      );
    }
  });
  return {
    record(entries) {
      if (entries.length > 0) insertAll(entries);
      return Promise.resolve();
    },
  };
}

function toEntry(r: FeedbackRow): FeedbackEntry {
  const reason = {
    ...(r.override_code !== null ? { code: r.override_code } : {}),
    ...(r.override_system !== null ? { system: r.override_system } : {}),
    ...(r.override_display !== null ? { display: r.override_display } : {}),
    ...(r.override_comment !== null ? { userComment: r.override_comment } : {}),
  };
  const accepted: unknown = JSON.parse(r.accepted_suggestions);
  return {
    serviceId: r.service_id,
    issuer: r.issuer,
    card: r.card_uuid,
    outcome: r.outcome,
    acceptedSuggestions: Array.isArray(accepted) ? accepted.filter((x): x is string => typeof x === 'string') : [],
    ...(Object.keys(reason).length > 0 ? { overrideReason: reason } : {}),
    outcomeTimestamp: r.outcome_timestamp,
    receivedAt: r.received_at,
  };
}

/** Every feedback entry, oldest first (reports, tests). */
export function feedbackEntries(db: Db): FeedbackEntry[] {
  const rows = db.prepare('SELECT * FROM cds_feedback ORDER BY id').all() as FeedbackRow[];
  return rows.map(toEntry);
}
