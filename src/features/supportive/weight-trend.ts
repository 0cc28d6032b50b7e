import type { LabResult } from '../../rules/types';

export interface WeightChange {
  readonly latest: LabResult;
  readonly highest: LabResult;
  /** Percentage change from the highest to the latest (negative = loss). */
  readonly percent: number;
}

function minusMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - months;
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return `${yy}-${String(mm).padStart(2, '0')}${date.slice(7)}`;
}

/** Spec §7: the highest weight in the 12 months before the latest, against the latest. */
export function weightChange(weights: readonly LabResult[]): WeightChange | undefined {
  const dated = weights.filter((w) => w.date !== undefined && w.value !== undefined);
  const latest = dated[0];
  if (!latest?.date || latest.value === undefined) return undefined;
  const from = minusMonths(latest.date, 12);
  const prior = dated.filter((w) => (w.date ?? '') >= from);
  const highest = prior.reduce((a, b) => ((b.value ?? 0) > (a.value ?? 0) ? b : a), latest);
  const top = highest.value ?? latest.value;
  return { latest, highest, percent: top > 0 ? ((latest.value - top) / top) * 100 : 0 };
}
