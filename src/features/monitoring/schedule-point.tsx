import type { ReactElement } from 'react';
import type { IsoDate, SchedulePoint } from '../../rules/types';
import { describeEvidence, formatDate } from '../shared/format';
import { StatusBadge } from '../shared/status-badge';
import { pointLabel, pointTone } from '../shared/tone';

function monthsBetween(from: IsoDate, to: IsoDate): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
}

/** "Month 6", "Month 18", then "8 years 6 months" (a "Month 102" has to be worked out). */
function monthWords(m: number): string {
  if (m <= 24) return `Month ${m}`;
  const years = Math.floor(m / 12);
  const rest = m % 12;
  return `${years} years${rest > 0 ? ` ${rest} months` : ''}`;
}

function phaseName(p: SchedulePoint, courseStart: IsoDate | undefined): string {
  switch (p.phase) {
    case 'baseline':
      return 'Baseline';
    case 'recheck':
      return 'Recheck after a raised ALT';
    case 'monthly':
    case 'quarterly':
    case 'periodic':
      return courseStart ? monthWords(monthsBetween(courseStart, p.due)) : `${p.phase} check`;
  }
}

interface SchedulePointItemProps {
  readonly point: SchedulePoint;
  readonly courseStart?: IsoDate;
}

/** One due point: when, its state in words, and the ALT that answered it. */
export function SchedulePointItem({ point: p, courseStart }: SchedulePointItemProps): ReactElement {
  return (
    <li className={`rm-point rm-point-${p.state}`}>
      <span className="rm-point-when">
        <strong>{phaseName(p, courseStart)}</strong> · due {formatDate(p.due)}
      </span>{' '}
      <StatusBadge tone={pointTone(p.state)}>{pointLabel(p.state)}</StatusBadge>{' '}
      {p.answeredBy && (
        <span className="rm-point-answer">
          Answered by {describeEvidence(p.answeredBy)} <code>{`${p.answeredBy.resourceType}/${p.answeredBy.id}`}</code>
        </span>
      )}
      {p.nextAlt && (
        <span className="rm-point-answer">
          No ALT in its window; the next ALT came on {formatDate(p.nextAlt.date ?? p.due)}
        </span>
      )}
    </li>
  );
}
