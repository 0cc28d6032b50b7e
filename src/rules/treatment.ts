/**
 * Riluzole records → treatment status, courses, course start and daily dose (spec §1
 * "The riluzole course", §5 "Daily dose").
 */
import { courseHolds, courseStops } from './course-marks';
import { daysBetween } from './dates';
import { dailyDoseMg } from './dose';
import type { Ctx } from './context';
import { covers, endOf, isFutureOrPlanned, isIgnored, startOf } from './medication-activity';
import type { CourseHold, Evidence, IsoDate, MedicationRecord, TreatmentStatus } from './types';

export interface Course {
  readonly start: IsoDate;
  /** undefined: still open (a current record without an end). */
  readonly end?: IsoDate;
  readonly records: readonly MedicationRecord[];
}

export interface TreatmentView {
  readonly status: TreatmentStatus;
  readonly courseStart?: IsoDate;
  /** A stopped course: the end of its last course (docs/clinical-spec.md §5.4). */
  readonly stoppedOn?: IsoDate;
  /** Every course that has ended by asOf, by its end (charts mark them). */
  readonly stops?: readonly IsoDate[];
  /** The on-hold records of `course` (charts mark them). */
  readonly holds?: readonly CourseHold[];
  /** The current course (on-riluzole, paused) or the last one (stopped). */
  readonly course?: Course;
  /** Courses before `course` (for stopped: all courses, since a restart would be a rechallenge). */
  readonly earlier: readonly Course[];
  readonly dailyDoseMg?: number;
  readonly products: readonly string[];
  readonly evidence: readonly Evidence[];
}

function evidenceOfRecord(rec: MedicationRecord): Evidence {
  const start = startOf(rec);
  return { resourceType: rec.resourceType, id: rec.id, display: rec.display, ...(start ? { date: start } : {}) };
}

/** Group dated records into courses; a gap longer than restartGapDays starts a new one. */
export function buildCourses(records: readonly MedicationRecord[], ctx: Ctx): Course[] {
  const dated = records
    .map((rec) => ({ rec, start: startOf(rec) }))
    .filter((x): x is { rec: MedicationRecord; start: IsoDate } => x.start !== undefined)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const courses: { start: IsoDate; end: IsoDate | undefined; open: boolean; records: MedicationRecord[] }[] = [];
  for (const { rec, start } of dated) {
    const end = endOf(rec, false);
    const last = courses[courses.length - 1];
    if (last && (last.open || daysBetween(last.end ?? last.start, start) <= ctx.settings.restartGapDays)) {
      last.records.push(rec);
      if (end === undefined) last.open = true;
      else if (!last.open && (last.end === undefined || end > last.end)) last.end = end;
      continue;
    }
    if (last) {
      ctx.note(
        'data.new-course-assumed',
        `${rec.display} starts ${start}, ${daysBetween(last.end ?? last.start, start)} days after ` +
          `the previous riluzole record ended (${last.end ?? last.start}); more ` +
          `than ${ctx.settings.restartGapDays} days (clinic setting restartGapDays), so a new ` +
          `course is assumed.`,
        { resourceType: rec.resourceType, id: rec.id },
      );
    }
    courses.push({ start, end: end ?? start, open: end === undefined, records: [rec] });
  }
  return courses.map((c) => ({ start: c.start, ...(c.open ? {} : { end: c.end ?? c.start }), records: c.records }));
}

function statusOf(records: readonly MedicationRecord[], asOf: IsoDate): TreatmentStatus {
  const covering = records.filter((r) => covers(r, asOf, false));
  if (covering.some((r) => r.status === 'active' || r.status === 'intended')) return 'on-riluzole';
  if (covering.some((r) => r.status === 'on-hold')) return 'paused';
  return records.length > 0 ? 'stopped' : 'never';
}

/**
 * Judge the riluzole records at asOf.
 * @param ctx - the assessment context (asOf, settings, note sink)
 */
export function assessTreatment(ctx: Ctx): TreatmentView {
  const { asOf } = ctx;
  const all = ctx.data.medications.filter((m) => m.isRiluzole && !isIgnored(m));
  const counted: MedicationRecord[] = [];
  for (const rec of all) {
    if (isFutureOrPlanned(rec, asOf)) {
      ctx.note(
        'data.future-or-planned-order',
        `${rec.display} (${rec.intent ?? 'order'}, start ${startOf(rec) ?? 'unknown'}) is planned or ` +
          `starts after ${asOf}: it does not set the treatment status.`,
        { resourceType: rec.resourceType, id: rec.id },
      );
      continue;
    }
    if (!startOf(rec)) {
      ctx.note(
        'data.course-start-unknown',
        `${rec.display} has no start date (no boundsPeriod.start, authoredOn or effective date).`,
        { resourceType: rec.resourceType, id: rec.id },
      );
    }
    counted.push(rec);
  }
  const status = statusOf(counted, asOf);
  const courses = buildCourses(counted, ctx);
  const last = courses[courses.length - 1];
  const covering = counted.filter((r) => covers(r, asOf, false));
  let course: Course | undefined;
  let earlier: readonly Course[] = [];
  switch (status) {
    case 'on-riluzole':
    case 'paused': {
      // The last course is the current one only if a dated record in it covers asOf; a course
      // covered only by an undated record has no known start.
      const datedCovering = covering.some((r) => startOf(r) !== undefined);
      course = datedCovering ? last : undefined;
      earlier = datedCovering ? courses.slice(0, -1) : courses;
      break;
    }
    case 'stopped':
      course = last;
      earlier = courses;
      break;
    case 'never':
      break;
  }
  const doseRecord = pickDoseRecord(covering, status);
  let dose: number | undefined;
  if (doseRecord) {
    dose = dailyDoseMg(doseRecord.dosage);
    if (dose === undefined) {
      ctx.note(
        'data.dose-uncomputable',
        `The daily dose of ${doseRecord.display} cannot be computed from its dosage instructions.`,
        { resourceType: doseRecord.resourceType, id: doseRecord.id },
      );
    }
  }
  const shown = course ? [...course.records, ...covering.filter((r) => !startOf(r))] : counted;
  const products = [...new Set(shown.map((r) => r.display).filter((d) => d.length > 0))];
  const stoppedOn = status === 'stopped' ? course?.end : undefined;
  const stops = courseStops(courses, status === 'stopped' ? undefined : course, asOf);
  const holds = courseHolds(course, evidenceOfRecord);
  return {
    status,
    ...(course ? { courseStart: course.start, course } : {}),
    ...(stoppedOn ? { stoppedOn } : {}),
    ...(stops.length > 0 ? { stops } : {}),
    ...(holds.length > 0 ? { holds } : {}),
    earlier,
    ...(dose !== undefined ? { dailyDoseMg: dose } : {}),
    products,
    evidence: all.map(evidenceOfRecord),
  };
}

/** The record whose dose is "the" dose: the covering record of the status that started last. */
function pickDoseRecord(covering: readonly MedicationRecord[], status: TreatmentStatus): MedicationRecord | undefined {
  const wanted = covering.filter((r) => (status === 'paused' ? r.status === 'on-hold' : r.status !== 'on-hold'));
  if (status !== 'on-riluzole' && status !== 'paused') return undefined;
  return [...wanted].sort((a, b) => ((startOf(b) ?? '') > (startOf(a) ?? '') ? 1 : -1))[0];
}
