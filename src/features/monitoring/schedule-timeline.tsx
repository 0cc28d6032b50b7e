import type { ReactElement } from 'react';
import type { IsoDate, SchedulePoint } from '../../rules/types';
import { SchedulePointItem } from './schedule-point';

/** The next points matter; the rest is noise. */
const UPCOMING_SHOWN = 2;
/** Past points shown before the rest fold away (a ten-year course has 30 of them). */
const RECENT_SHOWN = 4;

interface ScheduleTimelineProps {
  readonly schedule: readonly SchedulePoint[];
  readonly courseStart?: IsoDate;
}

const key = (p: SchedulePoint): string => `${p.phase}-${p.due}`;

/** Spec §5 timeline: baseline, the recent points, what is due, and the next ones; older points fold. */
export function ScheduleTimeline({ schedule, courseStart }: ScheduleTimelineProps): ReactElement {
  const sorted = [...schedule].sort((a, b) => a.due.localeCompare(b.due));
  const past = sorted.filter((p) => p.state === 'done' || p.state === 'late' || p.state === 'missed');
  const current = sorted.filter((p) => p.state === 'due' || p.state === 'overdue' || p.state === 'suspended');
  const upcoming = sorted.filter((p) => p.state === 'upcoming').slice(0, UPCOMING_SHOWN);
  const [first, ...rest] = past;
  const folded = rest.length > RECENT_SHOWN ? rest.slice(0, rest.length - RECENT_SHOWN) : [];
  const recent = rest.slice(folded.length);
  const item = (p: SchedulePoint): ReactElement => (
    <SchedulePointItem key={key(p)} point={p} courseStart={courseStart} />
  );
  return (
    <ol className="rm-timeline" aria-label="ALT schedule from the course start">
      {first && item(first)}
      {folded.length > 0 && (
        <li className="rm-point-more">
          <details>
            <summary>
              {folded.length} earlier checks ({folded.filter((p) => p.state === 'missed').length} missed)
            </summary>
            <ol className="rm-timeline">{folded.map(item)}</ol>
          </details>
        </li>
      )}
      {recent.map(item)}
      {current.map(item)}
      {upcoming.map(item)}
    </ol>
  );
}
