import type uPlot from 'uplot';
import { chooseBox, overlaps, type Box, type Obstacles, type Point } from './label-layout';
import type { TrendData } from './trend-series';

/*
 * What uPlot does not draw itself: the reference lines, the riluzole start, stops and holds, and their labels. Lines go
 * beneath the data (a dashed limit never hides a result); labels go on top on a white backing, so
 * no data line strikes through them, and are placed where they cover no point or line when they can.
 */

const REF_COLOR = '#555';
const START_COLOR = '#1e5e2f';
const STOP_COLOR = '#8c1d18';
const HOLD_COLOR = '#6b5200';
const HOLD_FILL = 'rgba(107, 82, 0, 0.10)';
const LABEL_BACKING = 'rgba(255, 255, 255, 0.9)';
const FONT_PX = 11;
/** Around the text inside its backing, and between a label and its line. */
const PAD_PX = 2;
/** A point's radius (uPlot points are 6 px wide) plus a pixel, for "does this label cover it". */
const POINT_REACH_PX = 4;

const dpr = (): number => window.devicePixelRatio || 1;

function inPlot(u: uPlot, pos: number, axis: 'x' | 'y'): boolean {
  const { bbox } = u;
  return axis === 'x'
    ? pos >= bbox.left && pos <= bbox.left + bbox.width
    : pos >= bbox.top && pos <= bbox.top + bbox.height;
}

interface VerticalMark {
  readonly x: number;
  /** A hold's right edge (its end, else the plot's right edge): the band between is shaded. */
  readonly band?: number;
  readonly label: string;
  readonly color: string;
  readonly dash: readonly number[];
}

/** The course's start, stops and dated holds that fall inside the plot, in canvas pixels. */
function verticalMarks(u: uPlot, data: TrendData): VerticalMark[] {
  const right = u.bbox.left + u.bbox.width;
  return data.marks.flatMap((m): VerticalMark[] => {
    if (m.x === undefined) return [];
    const x = u.valToPos(m.x, 'x', true);
    if (!inPlot(u, x, 'x')) return [];
    switch (m.kind) {
      case 'start':
        return [{ x, label: m.label, color: START_COLOR, dash: [] }];
      case 'stop':
        return [{ x, label: m.label, color: STOP_COLOR, dash: [6, 3] }];
      case 'hold': {
        const to = m.xTo === undefined ? right : Math.min(right, u.valToPos(m.xTo, 'x', true));
        return [{ x, band: Math.max(x, to), label: m.label, color: HOLD_COLOR, dash: [2, 2] }];
      }
    }
  });
}

/** Hooked to `drawAxes`: after the grid, before the series. */
export function drawReferenceLines(u: uPlot, data: TrendData): void {
  const { ctx, bbox } = u;
  const px = dpr();
  ctx.save();
  ctx.lineWidth = px;
  ctx.setLineDash([4 * px, 4 * px]);
  ctx.strokeStyle = REF_COLOR;
  for (const ref of data.refs) {
    const y = u.valToPos(ref.y, 'y', true);
    if (!inPlot(u, y, 'y')) continue;
    ctx.beginPath();
    ctx.moveTo(bbox.left, y);
    ctx.lineTo(bbox.left + bbox.width, y);
    ctx.stroke();
  }
  for (const m of verticalMarks(u, data)) {
    ctx.setLineDash(m.dash.map((d) => d * px));
    ctx.strokeStyle = m.color;
    ctx.lineWidth = 2 * px;
    if (m.band) {
      ctx.fillStyle = HOLD_FILL;
      ctx.fillRect(m.x, bbox.top, m.band - m.x, bbox.height);
    }
    ctx.beginPath();
    ctx.moveTo(m.x, bbox.top);
    ctx.lineTo(m.x, bbox.top + bbox.height);
    ctx.stroke();
  }
  ctx.restore();
}

/** The drawn points and line segments, in canvas pixels (segments across a long gap are not drawn). */
function plottedData(u: uPlot, data: TrendData, radius: number): Obstacles {
  const [xs, ...ys] = u.data;
  const points: Point[] = [];
  const segments: [Point, Point][] = [];
  ys.forEach((col, s) => {
    const gaps = data.gaps[s] ?? [];
    let previous: { readonly x: number; readonly p: Point } | undefined;
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      const xv = xs[i];
      if (v === null || v === undefined || xv === undefined) continue;
      const p = { x: u.valToPos(xv, 'x', true), y: u.valToPos(v, 'y', true) };
      points.push(p);
      const from = previous?.x;
      if (previous && !gaps.some(([a, b]) => a === from && b === xv)) segments.push([previous.p, p]);
      previous = { x: xv, p };
    }
  });
  return { points, segments, pointRadius: radius };
}

function drawLabel(ctx: CanvasRenderingContext2D, box: Box, text: string, color: string): void {
  const pad = PAD_PX * dpr();
  ctx.fillStyle = LABEL_BACKING;
  ctx.fillRect(box.left, box.top, box.width, box.height);
  ctx.fillStyle = color;
  ctx.fillText(text, box.left + pad, box.top + pad);
}

/** Moves `box` up past every placed box it overlaps: the last resort when lines are very close. */
function stackAbove(box: Box, placed: readonly Box[]): Box {
  let b = box;
  for (let hit = placed.find((p) => overlaps(p, b)); hit; hit = placed.find((p) => overlaps(p, b))) {
    b = { ...b, top: hit.top - b.height - 1 };
  }
  return b;
}

/** Hooked to `draw`: after the series. */
export function drawLabels(u: uPlot, data: TrendData): void {
  const { ctx, bbox } = u;
  const px = dpr();
  const pad = PAD_PX * px;
  const height = FONT_PX * px + 2 * pad;
  const right = bbox.left + bbox.width;
  const area: Box = { left: bbox.left, top: bbox.top, width: bbox.width, height: bbox.height };
  const plotted = plottedData(u, data, POINT_REACH_PX * px);
  const marks = verticalMarks(u, data);
  // Reference labels keep off the course's vertical lines too; those labels keep off the reference labels.
  const refObstacles: Obstacles = {
    ...plotted,
    segments: [
      ...plotted.segments,
      ...marks.map((m): [Point, Point] => [
        { x: m.x, y: bbox.top },
        { x: m.x, y: bbox.top + bbox.height },
      ]),
    ],
  };
  ctx.save();
  ctx.font = `${FONT_PX * px}px system-ui, sans-serif`;
  // uPlot leaves the axes' alignment on the context ("right" for y tick labels): set ours.
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const placed: Box[] = [];
  // Lowest line first: when lines are close, the labels stack upwards instead of overlapping.
  for (const ref of [...data.refs].sort((a, b) => a.y - b.y)) {
    const y = u.valToPos(ref.y, 'y', true);
    if (!inPlot(u, y, 'y')) continue;
    const width = ctx.measureText(ref.label).width + 2 * pad;
    // At the right end of the line, above it, else below; then stepping left along it.
    const candidates: Box[] = [];
    for (let left = right - width - pad; left >= bbox.left + pad; left -= width / 2) {
      candidates.push({ left, top: y - height - 1, width, height }, { left, top: y + 1, width, height });
    }
    const chosen = chooseBox(candidates, area, placed, refObstacles);
    if (!chosen) continue;
    const box = stackAbove(chosen, placed);
    drawLabel(ctx, box, ref.label, REF_COLOR);
    placed.push(box);
  }
  for (const m of marks) {
    const width = ctx.measureText(m.label).width + 2 * pad;
    // Right of the line; left of it only when it is near the right edge; never left of the plot.
    const wanted = m.x + 3 * px + width <= right ? m.x + 3 * px : m.x - 3 * px - width;
    const left = Math.max(bbox.left + px, wanted);
    // At the top, else stepping down the upper half of the plot.
    const candidates: Box[] = [];
    for (let top = bbox.top + pad; top <= bbox.top + bbox.height / 2; top += height / 2)
      candidates.push({ left, top, width, height });
    const box = chooseBox(candidates, area, placed, plotted);
    if (box) {
      drawLabel(ctx, box, m.label, m.color);
      placed.push(box);
    }
  }
  ctx.restore();
}
