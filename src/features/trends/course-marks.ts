import type { Assessment, IsoDate } from '../../rules/types';
import { formatDate, toEpochSeconds } from '../shared/format';

/*
 * The riluzole course on a chart: its start, every stop and every hold, as the assessment gives them
 * (treatment.courseStart, .stops, .holds). Nothing here decides a date; it only words and places them.
 */

export type CourseMarkKind = 'start' | 'stop' | 'hold';

export interface CourseMark {
  readonly kind: CourseMarkKind;
  /** The day, or a hold's first day; absent for a hold whose start the record does not give. */
  readonly date?: IsoDate;
  /** A hold's last day; absent while it is open (the chart then runs it to the right edge). */
  readonly to?: IsoDate;
  /** Epoch seconds of `date` and `to`, for the canvas. */
  readonly x?: number;
  readonly xTo?: number;
  /** What the legend and the table say: "Riluzole stopped 30 Sep 2026". */
  readonly text: string;
  /** The short label on the chart itself. */
  readonly label: string;
}

function holdText(from: IsoDate | undefined, to: IsoDate | undefined, asOf: IsoDate): string {
  if (from === undefined) {
    return to !== undefined && to < asOf
      ? `Riluzole on hold until ${formatDate(to)}, since a date the record does not give`
      : 'Riluzole on hold, since a date the record does not give';
  }
  if (to === undefined || to >= asOf) return `Riluzole on hold from ${formatDate(from)}`;
  return `Riluzole on hold from ${formatDate(from)} to ${formatDate(to)}`;
}

/** The start, stops and holds of the assessment's riluzole record, oldest first (undated holds last). */
export function courseMarks(a: Assessment): CourseMark[] {
  const t = a.treatment;
  const marks: CourseMark[] = [];
  const at = (d: IsoDate | undefined): { x?: number } => {
    const x = d === undefined ? undefined : toEpochSeconds(d);
    return x === undefined ? {} : { x };
  };
  if (t.courseStart) {
    marks.push({
      kind: 'start',
      date: t.courseStart,
      ...at(t.courseStart),
      text: `Riluzole started ${formatDate(t.courseStart)}`,
      label: 'Riluzole start',
    });
  }
  for (const stop of t.stops ?? []) {
    marks.push({
      kind: 'stop',
      date: stop,
      ...at(stop),
      text: `Riluzole stopped ${formatDate(stop)}`,
      label: 'Stopped',
    });
  }
  for (const hold of t.holds ?? []) {
    const xTo = hold.to === undefined ? undefined : toEpochSeconds(hold.to);
    marks.push({
      kind: 'hold',
      ...(hold.from !== undefined ? { date: hold.from, ...at(hold.from) } : {}),
      ...(hold.to !== undefined ? { to: hold.to } : {}),
      ...(xTo !== undefined ? { xTo } : {}),
      text: holdText(hold.from, hold.to, a.asOf),
      label: 'On hold',
    });
  }
  return marks.sort((p, q) => (p.date ?? '9999').localeCompare(q.date ?? '9999'));
}
