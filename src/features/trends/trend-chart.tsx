import { useEffect, useRef, type ReactElement } from 'react';
import { formatLocalDate as format } from '../shared/date-format';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { drawLabels, drawReferenceLines } from './chart-overlays';
import { yTicks, type TrendData } from './trend-series';

/*
 * Loaded with React.lazy (see trends-panel.tsx): uPlot and its CSS stay out of the first screen's
 * bundle. The chart is a picture of the table beside it; its container carries role="img".
 */

const HEIGHT = 220;
const RIGHT_PAD = 36;

function options(data: TrendData, width: number): uPlot.Options {
  // uPlot's default ticks are US-style "7/14"; the rest of the screen writes "14 Jul".
  const days = (data.xMax - data.xMin) / (24 * 3600);
  const dateFormat = days > 3 * 365 ? 'yyyy' : days > 300 ? 'MMM yyyy' : 'd MMM';
  // Room between ticks for the label of the format: "Sep 2025Nov 2025" ran together at 50 px.
  const tickSpace = dateFormat === 'MMM yyyy' ? 60 : dateFormat === 'd MMM' ? 55 : 40;
  const ticks = yTicks(data.yMax, data.yStep);
  return {
    width,
    height: HEIGHT,
    // The right edge is asOf, often a tick: room for half of "Dec 2026" centred on it.
    padding: [null, RIGHT_PAD, null, null],
    cursor: { drag: { x: false, y: false } },
    // The legend names the lines; values live in the table (a live legend reads "--" at rest).
    legend: { live: false },
    scales: {
      x: { time: true, range: () => [data.xMin, data.xMax] },
      y: { range: () => [0, data.yMax] },
    },
    axes: [
      { space: tickSpace, values: (_u, splits) => splits.map((s) => format(new Date(s * 1000), dateFormat)) },
      // Our own ticks: uPlot's may stop below the highest point (3.3 drawn above a top tick of 3).
      { label: data.yLabel, size: 56, splits: () => ticks },
    ],
    series: [
      { label: 'Date' },
      ...data.series.map((s, i) => ({
        label: s.label,
        stroke: s.color,
        width: 2,
        dash: s.dash ? [...s.dash] : undefined,
        // Days with no result for this series (undefined) are joined over; long gaps are cut.
        spanGaps: false,
        gaps: (u: uPlot): uPlot.Series.Gaps =>
          (data.gaps[i] ?? []).map(([from, to]) => [u.valToPos(from, 'x', true), u.valToPos(to, 'x', true)]),
        points: { show: true, size: 6 },
      })),
    ],
    hooks: {
      drawAxes: [(u: uPlot) => drawReferenceLines(u, data)],
      draw: [(u: uPlot) => drawLabels(u, data)],
    },
  };
}

interface TrendChartProps {
  readonly data: TrendData;
}

export function TrendChart({ data }: TrendChartProps): ReactElement {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const width = (): number => Math.max(240, el.clientWidth);
    // uPlot breaks a line at null and joins over undefined: the table's "no result" nulls become
    // undefined, and the breaks come from `gaps` alone.
    const aligned: uPlot.AlignedData = [[...data.x], ...data.ys.map((y) => y.map((v) => v ?? undefined))];
    const plot = new uPlot(options(data, width()), aligned, el);
    const observer = new ResizeObserver(() => plot.setSize({ width: width(), height: HEIGHT }));
    observer.observe(el);
    return () => {
      observer.disconnect();
      plot.destroy();
    };
  }, [data]);
  return <div ref={ref} className="rm-chart-canvas" />;
}
