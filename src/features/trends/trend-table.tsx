import type { ReactElement } from 'react';
import { formatDate } from '../shared/format';
import type { TrendData } from './trend-series';

interface TrendTableProps {
  readonly data: TrendData;
  readonly caption: string;
  readonly formatY: (y: number) => string;
}

/** The chart's text alternative: the same points, newest first. */
export function TrendTable({ data, caption, formatY }: TrendTableProps): ReactElement {
  const order = data.dates.map((_, i) => i).reverse();
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
          </tr>
        </thead>
        <tbody>
          {order.map((i) => (
            <tr key={data.dates[i]}>
              <th scope="row" className="rm-nowrap">
                {formatDate(data.dates[i])}
              </th>
              {data.ys.map((ys, s) => {
                const y = ys[i];
                const bound = data.bounds[s]?.[i];
                return (
                  <td className="rm-num" key={data.series[s]?.label ?? s}>
                    {y === null || y === undefined ? (bound ?? '—') : formatY(y)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
