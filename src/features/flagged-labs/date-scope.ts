import { addDays, type Assessment, type IsoDate } from '../../rules';
import type { FlaggedRow } from './flagged-rows';

/** Which results the flagged-labs table lists: those of the course (and its baseline window), or all. */
export type DateScope = 'course' | 'all';

export interface CourseScope {
  /** The first date listed under 'course': the course start less the clinic's baseline window. */
  readonly from: IsoDate;
  /** 'course' while on riluzole or paused; a stopped course's results stay in view (rechallenge). */
  readonly byDefault: DateScope;
  /** The option's wording: a stopped course is the last one, not the current one. */
  readonly label: string;
}

const MS_PER_DAY = 24 * 3600 * 1000;

/**
 * The course's date range, or undefined when there is no course start (all dates, nothing to hide).
 * On riluzole the rules anchor the baseline window on the course start (spec §4), so its first day is
 * the cut-off; after a stop they anchor it on asOf, and only its length is reused.
 */
export function courseScope(a: Assessment): CourseScope | undefined {
  const start = a.treatment.courseStart;
  if (!start) return undefined;
  const { from, to } = a.eligibility.window;
  const current = a.treatment.status === 'on-riluzole' || a.treatment.status === 'paused';
  const windowDays = Math.round((Date.parse(to) - Date.parse(from)) / MS_PER_DAY);
  return {
    from: to === start ? from : addDays(start, -(Number.isFinite(windowDays) ? windowDays : 0)),
    byDefault: current ? 'course' : 'all',
    label: current ? 'Current course and its baseline window' : 'Last course and its baseline window',
  };
}

/** True for a result dated before the course's range. An undated result is never hidden. */
export function isOlder(row: FlaggedRow, scope: CourseScope | undefined): boolean {
  const date = row.result.date;
  return scope !== undefined && date !== undefined && date < scope.from;
}
