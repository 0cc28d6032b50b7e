import { lazy, Suspense, type ReactElement } from 'react';
import { ChartBoundary } from './chart-boundary';
import { CourseLegend } from './course-legend';
import type { TrendData } from './trend-series';
import { TrendTable } from './trend-table';

// React.lazy wants a default export; the module keeps its named export.
const LazyTrendChart = lazy(() => import('./trend-chart').then((m) => ({ default: m.TrendChart })));

/** uPlot needs canvas and matchMedia; jsdom and some locked-down embedded browsers have neither. */
function canDrawCharts(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function';
}

interface TrendFigureProps {
  readonly title: string;
  /** A sentence for screen readers: what the chart shows and its key points. */
  readonly description: string;
  readonly data: TrendData;
  readonly formatY: (y: number) => string;
}

export function TrendFigure({ title, description, data, formatY }: TrendFigureProps): ReactElement {
  return (
    <div className="rm-trend">
      <h3>{title}</h3>
      {canDrawCharts() ? (
        <div role="img" aria-label={description} className="rm-chart-box">
          <ChartBoundary>
            <Suspense fallback={<p className="rm-muted">Loading chart…</p>}>
              <LazyTrendChart data={data} />
            </Suspense>
          </ChartBoundary>
        </div>
      ) : (
        <p className="rm-muted">{description}</p>
      )}
      <CourseLegend marks={data.marks} />
      {data.bounds.some((col) => col.some((b) => b !== null)) && (
        <p className="rm-small rm-muted">
          Results reported with a comparator (“&lt;”, “&gt;”) are bounds, not values: they are not drawn; the table
          gives them.
        </p>
      )}
      <details className="rm-trend-table">
        <summary>{title}: values as a table</summary>
        <TrendTable data={data} caption={title} formatY={formatY} />
      </details>
    </div>
  );
}
