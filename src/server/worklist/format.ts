/**
 * How `worklist list` prints the rows: JSON lines, text or CSV. Printing only: every value comes from
 * the worklist rows (src/rules/worklist.ts) and the stored run.
 */
import { ageInYears } from '../../rules';
import type { WorklistRow } from '../../rules/worklist';
import type { ListRecord } from '../../rules/worklist-record';
import type { Run } from '../store';

export type { ListRecord } from '../../rules/worklist-record';

export function toRecord(row: WorklistRow, run: Run): ListRecord {
  const a = row.assessment;
  return {
    rank: row.position,
    tier: row.rank,
    patientId: row.patientId,
    name: row.name ?? null,
    age: ageInYears(a.patient.birthDate, a.asOf) ?? null,
    treatment: a.treatment.status,
    eligibility: a.eligibility.status,
    monitoring: a.monitoring.status,
    nextDue: a.monitoring.nextDue ?? null,
    topFinding: row.topFinding,
    action: row.driving?.title ?? null,
    reviewState: row.reviewState,
    reason: row.reason,
    incomplete: row.incomplete,
    asOf: a.asOf,
    dataAsOf: run.dataAsOf,
  };
}

const CSV_COLUMNS = [
  'rank',
  'tier',
  'patientId',
  'name',
  'age',
  'treatment',
  'eligibility',
  'monitoring',
  'nextDue',
  'topFinding',
  'severity',
  'reviewState',
  'reason',
  'incomplete',
  'dataAsOf',
] as const;

/** RFC 4180 quoting; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}

export function csvLine(r: ListRecord): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string | number | boolean | null> = {
    ...r,
    topFinding: r.topFinding?.code ?? null,
    severity: r.topFinding?.severity ?? null,
  };
  return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
}

export function textLine(r: ListRecord): string {
  const who = `${r.name ?? '(no name)'} (${r.patientId})${r.age !== null ? `, ${r.age}` : ''}`;
  return `${String(r.rank).padStart(3)}  ${r.tier.padEnd(12)}  ${r.reviewState.padEnd(12)}  ${who}: ${r.reason}`;
}
