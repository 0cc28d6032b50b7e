/**
 * `worklist list`, `review` and `history`: read the store, rank with src/rules/worklist.ts, print.
 * No clinical judgement here: the rows, and what a review covers, come from the rules.
 */
import { existsSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { writeLine } from '../../cli/write-line';
import { buildWorklist, reviewScope } from '../../rules/worklist';
import { addReview, assessmentOf, currentEntries, currentRun, openDatabase, reviewsOf, type Db } from '../store';
import type { Command } from './args';
import { csvHeader, csvLine, textLine, toRecord } from './format';

/** A problem with the input the user gave (exit status 2), one line. */
export class UsageProblem extends Error {
  override readonly name = 'UsageProblem';
}

function openExisting(file: string): Db {
  if (!existsSync(file)) throw new UsageProblem(`${file}: no such database (run "worklist export" first)`);
  return openDatabase(file);
}

export async function listCommand(c: Extract<Command, { kind: 'list' }>, out: Writable): Promise<number> {
  const db = openExisting(c.db);
  try {
    const current = currentEntries(db);
    if (!current) throw new UsageProblem(`${c.db}: no export has been stored yet`);
    const rows = buildWorklist(current.entries, c.today).map((row) => toRecord(row, current.run));
    if (c.format === 'csv') await writeLine(out, csvHeader());
    for (const r of rows) {
      await writeLine(out, c.format === 'json' ? JSON.stringify(r) : c.format === 'csv' ? csvLine(r) : textLine(r));
    }
    return 0;
  } finally {
    db.close();
  }
}

export async function reviewCommand(c: Extract<Command, { kind: 'review' }>, out: Writable): Promise<number> {
  const db = openExisting(c.db);
  try {
    const run = currentRun(db);
    const stored = run ? assessmentOf(db, run.id, c.patient) : undefined;
    if (!run || !stored) throw new UsageProblem(`no patient "${c.patient}" in the current worklist`);
    const review = addReview(
      db,
      c.patient,
      {
        action: c.action,
        by: c.by,
        at: new Date().toISOString(),
        ...(c.until !== undefined ? { until: c.until } : {}),
        ...(c.note !== undefined ? { note: c.note } : {}),
        ...reviewScope(stored.assessment),
      },
      run.id,
    );
    await writeLine(
      out,
      JSON.stringify({
        id: review.id,
        patientId: review.patientId,
        action: review.action,
        by: review.by,
        at: review.at,
        until: review.until ?? null,
        note: review.note ?? null,
        runId: run.id,
        findings: review.findings,
        evidenceIds: review.evidenceIds,
        writeBack: review.writeBack,
      }),
    );
    return 0;
  } finally {
    db.close();
  }
}

export async function historyCommand(c: Extract<Command, { kind: 'history' }>, out: Writable): Promise<number> {
  const db = openExisting(c.db);
  try {
    for (const r of reviewsOf(db, c.patient)) await writeLine(out, JSON.stringify(r));
    return 0;
  } finally {
    db.close();
  }
}
