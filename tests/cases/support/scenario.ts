/**
 * Scenario helpers: a normal liver/blood panel and the labs of a riluzole course on schedule.
 * Values are ordinary adult results within the usual ranges of codes.ts (ALT ULN 40 U/L, bilirubin
 * ULN 1.2 mg/dL, ANC LLN 1.5 ×10⁹/L), so a case changes only what it is about.
 */
import type { Observation } from '@medplum/fhirtypes';
import { addDays, addMonths } from '../dates';
import { alt, anc, ast, bili, type LabOptions } from './labs';

export interface PanelValues {
  readonly alt?: number;
  readonly ast?: number;
  readonly bili?: number;
  readonly anc?: number;
  /** Leave out these analytes. */
  readonly omit?: readonly ('alt' | 'ast' | 'bili' | 'anc')[];
  readonly opts?: LabOptions;
}

/** ALT, AST, total bilirubin and ANC on one date (ids `<caseId>-alt-<n>`, ...). */
export function panel(caseId: string, n: number, date: string, v: PanelValues = {}): Observation[] {
  const omit = new Set(v.omit ?? []);
  const o = v.opts ?? {};
  const out: Observation[] = [];
  if (!omit.has('alt')) out.push(alt(caseId, n, date, v.alt ?? 22 + (n % 5), o));
  if (!omit.has('ast')) out.push(ast(caseId, n, date, v.ast ?? 25 + (n % 4), o));
  if (!omit.has('bili')) out.push(bili(caseId, n, date, v.bili ?? 0.6, o));
  if (!omit.has('anc')) out.push(anc(caseId, n, date, v.anc ?? 3.4, o));
  return out;
}

/**
 * The labs of a course started on `start`: a baseline panel `baselineDaysBefore` days before the
 * start (id number 0), then one panel on each `start + k months` for k in `months` (id number k).
 */
export function courseLabs(
  caseId: string,
  start: string,
  months: readonly number[],
  baselineDaysBefore = 5,
): Observation[] {
  return [
    ...panel(caseId, 0, addDays(start, -baselineDaysBefore)),
    ...months.flatMap((k) => panel(caseId, k, addMonths(start, k))),
  ];
}

/**
 * A course start S such that `S + months` lands on `target`. When month-end clamping makes that
 * impossible for this target, the nearest S whose point lies on the given side of the target
 * (so the case's expectation still holds, only not exactly on the edge).
 */
export function startForPoint(target: string, months: number, side: 'at-or-before' | 'at-or-after'): string {
  const guess = addMonths(target, -months);
  let best: string | undefined;
  for (let d = -4; d <= 4; d += 1) {
    const s = addDays(guess, d);
    const p = addMonths(s, months);
    if (p === target) return s;
    const ok = side === 'at-or-before' ? p < target : p > target;
    if (ok && (best === undefined || (side === 'at-or-before' ? s > best : s < best))) best = s;
  }
  if (best === undefined) throw new Error(`startForPoint: no start for ${target}`);
  return best;
}
