import { isOutsideLimit } from '../../rules';
import type { Analyte, Assessment, LabResult } from '../../rules/types';
import { analyteName } from '../shared/format';

/** Analytes judged against a lower limit (spec §3): lower is worse. */
const LOW_IS_BAD: ReadonlySet<Analyte> = new Set<Analyte>(['anc', 'wbc']);

/** Column names: the headers, and the labels each cell shows when rows are laid out as cards. */
export const COLUMN_NAMES = {
  test: 'Test',
  result: 'Result',
  multiple: '×ULN / LLN',
  grade: 'CTCAE grade',
  date: 'Date',
  range: 'Range',
  evidence: 'Evidence',
} as const;

export type SortKey = 'worst' | 'analyte' | 'multiple' | 'grade' | 'date';
export type SortDirection = 'ascending' | 'descending';

export interface FlaggedRow {
  readonly key: string;
  readonly result: LabResult;
  /** How far out of range: ×ULN for upper limits, LLN ÷ value for lower ones (1 = at the limit). */
  readonly severityScore: number;
}

function score(r: LabResult): number {
  if (LOW_IS_BAD.has(r.analyte)) return r.lln !== undefined && r.value ? r.lln / r.value : 0;
  return r.multipleOfUln ?? 0;
}

/**
 * Every result the rules flagged outside its limit (`LabResult.flag`, spec §1 "Comparators": a
 * "<300" they could not judge is not listed), worst first (grade, then distance from the limit, then newest). */
export function flaggedRows(a: Assessment): FlaggedRow[] {
  const rows: FlaggedRow[] = [];
  for (const results of Object.values(a.labs)) {
    for (const r of results ?? []) {
      if (isOutsideLimit(r.flag))
        rows.push({ key: `${r.resourceType}/${r.id}/${r.analyte}`, result: r, severityScore: score(r) });
    }
  }
  return sortRows(rows, 'worst', 'descending');
}

/**
 * Results with a limit that the rules could not judge (`flag` "unjudgeable": "<300" against a ULN of
 * 40), newest first. Never listed as abnormal, never dropped either: the panel names them.
 */
export function unjudgedResults(a: Assessment): LabResult[] {
  return Object.values(a.labs)
    .flatMap((results) => results ?? [])
    .filter((r) => r.flag === 'unjudgeable')
    .sort((x, y) => (y.date ?? '').localeCompare(x.date ?? '') || x.id.localeCompare(y.id));
}

function compare(a: FlaggedRow, b: FlaggedRow, key: SortKey): number {
  switch (key) {
    case 'worst':
      return (a.result.grade ?? 0) - (b.result.grade ?? 0) || a.severityScore - b.severityScore;
    case 'analyte':
      return analyteName(a.result.analyte).localeCompare(analyteName(b.result.analyte));
    case 'multiple':
      return a.severityScore - b.severityScore;
    case 'grade':
      return (a.result.grade ?? 0) - (b.result.grade ?? 0);
    case 'date':
      return (a.result.date ?? '').localeCompare(b.result.date ?? '');
  }
}

/** A stable sort; ties fall back to worst first, then newest first. */
export function sortRows(rows: readonly FlaggedRow[], key: SortKey, dir: SortDirection): FlaggedRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort(
    (a, b) =>
      sign * compare(a, b, key) || -compare(a, b, 'worst') || -compare(a, b, 'date') || a.key.localeCompare(b.key),
  );
}
