/**
 * The dates a chart marks beside the course start: when each course ended, and the holds of the
 * current (or last) course (docs/clinical-spec.md §5.4, §12). Only what the records say; no date is made up.
 */
import type { Course } from './treatment';
import { endOf, startOf } from './medication-activity';
import type { CourseHold, Evidence, IsoDate, MedicationRecord } from './types';

/**
 * The end of every course that has ended by asOf, oldest first; the current course (one that covers
 * asOf) has not ended, whatever end date its records carry.
 */
export function courseStops(courses: readonly Course[], current: Course | undefined, asOf: IsoDate): IsoDate[] {
  return courses
    .filter((c) => c !== current && c.end !== undefined && c.end <= asOf)
    .map((c) => c.end ?? '')
    .filter((d) => d.length > 0);
}

/**
 * The on-hold records of a course. A hold's start is the record's own start only when that is later
 * than the course start (a new record written on hold); a record put on hold later keeps its old
 * start, and FHIR R4 records no date for the change, so that hold's start is not recorded.
 */
export function courseHolds(course: Course | undefined, evidence: (rec: MedicationRecord) => Evidence): CourseHold[] {
  if (!course) return [];
  return course.records
    .filter((r) => r.status === 'on-hold')
    .map((r) => {
      const start = startOf(r);
      const end = endOf(r, false);
      return {
        ...(start !== undefined && start > course.start ? { from: start } : {}),
        ...(end !== undefined ? { to: end } : {}),
        evidence: evidence(r),
      };
    })
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
}
