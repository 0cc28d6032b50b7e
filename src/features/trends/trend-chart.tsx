import { useEffect, useRef, type ReactElement } from 'react';
import { format } from 'date-fns';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { TrendData } from './trend-series';

/*
 * Loaded with React.lazy (see trends-panel.tsx): uPlot and its CSS stay out of the first screen's
 * bundle. The chart is a picture of the table beside it; its container carries role="img".
 */

const HEIGHT = 220;
const REF_COLOR = '#555';
const START_COLOR = '#1e5e2f';

function drawOverlays(u: uPlot, data: TrendData): void {
  const { ctx, bbox } = u;
  const px = window.devicePixelRatio || 1;
  ctx.save();
  ctx.font = `${11 * px}px system-ui, sans-serif`;
  ctx.lineWidth = px;
  ctx.setLineDash([4 * px, 4 * px]);
  ctx.strokeStyle = REF_COLOR;
  ctx.fillStyle = REF_COLOR;
  for (const ref of data.refs) {
    const y = u.valToPos(ref.y, 'y', true);
    if (y < bbox.top || y > bbox.top + bbox.height) continue;
    ctx.beginPath();
    ctx.moveTo(bbox.left, y);
    ctx.lineTo(bbox.left + bbox.width, y);
    ctx.stroke();
    // Left edge: the newest (often the worst) point sits at the right edge.
    ctx.fillText(ref.label, bbox.left + 4 * px, y - 3 * px);
  }
  if (data.startMarker !== undefined) {
    const x = u.valToPos(data.startMarker, 'x', true);
    if (x >= bbox.left && x <= bbox.left + bbox.width) {
      ctx.setLineDash([]);
      ctx.strokeStyle = START_COLOR;
      ctx.fillStyle = START_COLOR;
      ctx.lineWidth = 2 * px;
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
      const label = 'Riluzole start';
      const w = ctx.measureText(label).width;
      // Keep the label inside the plot when the start is near its right edge.
      const lx = x + 4 * px + w > bbox.left + bbox.width ? x - 4 * px - w : x + 4 * px;
      ctx.fillText(label, lx, bbox.top + 13 * px);
    }
  }
  ctx.restore();
}

function options(data: TrendData, width: number): uPlot.Options {
  const maxRef = Math.max(...data.refs.map((r) => r.y));
  // uPlot's default ticks are US-style "7/14"; the rest of the screen writes "14 Jul".
  const days = (data.xMax - data.xMin) / (24 * 3600);
  const dateFormat = days > 3 * 365 ? 'yyyy' : days > 300 ? 'MMM yyyy' : 'd MMM';
  return {
    width,
    height: HEIGHT,
    cursor: { drag: { x: false, y: false } },
    // The legend names the lines; values live in the table (a live legend reads "--" at rest).
    legend: { live: false },
    scales: {
      x: { time: true, range: () => [data.xMin, data.xMax] },
      y: {
        range: (_u, _min, max) => [0, Math.max(maxRef * 1.2, (max ?? 0) * 1.1)],
      },
    },
    axes: [{ values: (_u, splits) => splits.map((s) => format(new Date(s * 1000), dateFormat)) }, { label: data.yLabel, size: 56 }],
    series: [
      { label: 'Date' },
      ...data.series.map((s) => ({
        label: s.label,
        stroke: s.color,
        width: 2,
        dash: s.dash ? [...s.dash] : undefined,
        spanGaps: true,
        points: { show: true, size: 6 },
      })),
    ],
    hooks: { draw: [(u: uPlot) => drawOverlays(u, data)] },
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
    const aligned: uPlot.AlignedData = [[...data.x], ...data.ys.map((y) => [...y])];
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
