import type { ReactElement } from 'react';
import { formatDate } from '../shared/format';
import type { CourseMark } from './course-marks';
import type { TrendData } from './trend-series';

interface TrendTableProps {
  readonly data: TrendData;
  readonly caption: string;
  readonly formatY: (y: number) => string;
}

interface Row {
  /** The result column's index in `data`, when the row's date has results. */
  readonly index?: number;
  readonly date?: string;
  readonly course: readonly string[];
}

/** What the "Riluzole course" cell says on a date: the start, a stop, a hold's first and last days. */
function courseCells(marks: readonly CourseMark[]): Map<string, string[]> {
  const cells = new Map<string, string[]>();
  const add = (date: string, text: string): void => {
    cells.set(date, [...(cells.get(date) ?? []), text]);
  };
  for (const m of marks) {
    if (m.kind === 'hold') {
      if (m.date !== undefined) add(m.date, 'on hold from this day');
      if (m.to !== undefined && m.date !== undefined) add(m.to, 'last day on hold');
    } else if (m.date !== undefined) add(m.date, m.kind === 'start' ? 'started' : 'stopped');
  }
  return cells;
}

/** Result dates and course dates, newest first; a hold with no recorded start comes first, undated. */
function rows(data: TrendData): Row[] {
  const cells = courseCells(data.marks);
  const dates = [...new Set([...data.dates, ...cells.keys()])].sort().reverse();
  const undated = data.marks.filter((m) => m.kind === 'hold' && m.date === undefined).map((m) => m.text);
  return [
    ...(undated.length > 0 ? [{ course: undated }] : []),
    ...dates.map((date) => {
      const index = data.dates.indexOf(date);
      return { date, ...(index >= 0 ? { index } : {}), course: cells.get(date) ?? [] };
    }),
  ];
}

/** The chart's text alternative: the same points and the course's dates, newest first. */
export function TrendTable({ data, caption, formatY }: TrendTableProps): ReactElement {
  const withCourse = data.marks.length > 0;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- keyboard scrolling at 400 px
    <div className="rm-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="rm-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            {data.series.map((s) => (
              <th scope="col" key={s.label}>
                {s.label}
              </th>
            ))}
            {withCourse && <th scope="col">Riluzole course</th>}
          </tr>
        </thead>
        <tbody>
          {rows(data).map((row) => (
            <tr key={row.date ?? 'undated'}>
              <th scope="row" className="rm-nowrap">
                {row.date === undefined ? 'Date not recorded' : formatDate(row.date)}
              </th>
              {data.ys.map((ys, s) => {
                const y = row.index === undefined ? undefined : ys[row.index];
                const bound = row.index === undefined ? undefined : data.bounds[s]?.[row.index];
                return (
                  <td className="rm-num" key={data.series[s]?.label ?? s}>
                    {y === null || y === undefined ? (bound ?? '—') : formatY(y)}
                  </td>
                );
              })}
              {withCourse && <td>{row.course.length > 0 ? row.course.join('; ') : ''}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
