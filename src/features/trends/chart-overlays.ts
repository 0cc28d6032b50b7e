import type uPlot from 'uplot';
import { chooseBox, overlaps, type Box, type Obstacles, type Point } from './label-layout';
import type { TrendData } from './trend-series';

/*
 * What uPlot does not draw itself: the reference lines, the riluzole start and their labels. Lines go
 * beneath the data (a dashed limit never hides a result); labels go on top on a white backing, so
 * no data line strikes through them, and are placed where they cover no point or line when they can.
 */

const REF_COLOR = '#555';
const START_COLOR = '#1e5e2f';
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
  if (data.startMarker !== undefined) {
    const x = u.valToPos(data.startMarker, 'x', true);
    if (inPlot(u, x, 'x')) {
      ctx.setLineDash([]);
      ctx.strokeStyle = START_COLOR;
      ctx.lineWidth = 2 * px;
      ctx.beginPath();
      ctx.moveTo(x, bbox.top);
      ctx.lineTo(x, bbox.top + bbox.height);
      ctx.stroke();
    }
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
  const startX = data.startMarker === undefined ? undefined : u.valToPos(data.startMarker, 'x', true);
  const startShown = startX !== undefined && inPlot(u, startX, 'x');
  // Reference labels keep off the start line too; the start label keeps off the reference labels.
  const refObstacles: Obstacles = startShown
    ? {
        ...plotted,
        segments: [
          ...plotted.segments,
          [
            { x: startX, y: bbox.top },
            { x: startX, y: bbox.top + bbox.height },
          ],
        ],
      }
    : plotted;
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
  if (startShown) {
    const text = 'Riluzole start';
    const width = ctx.measureText(text).width + 2 * pad;
    // Right of the line; left of it only when the start is near the right edge; never left of the plot.
    const wanted = startX + 3 * px + width <= right ? startX + 3 * px : startX - 3 * px - width;
    const left = Math.max(bbox.left + px, wanted);
    // At the top, else stepping down the upper half of the plot.
    const candidates: Box[] = [];
    for (let top = bbox.top + pad; top <= bbox.top + bbox.height / 2; top += height / 2)
      candidates.push({ left, top, width, height });
    const box = chooseBox(candidates, area, placed, plotted);
    if (box) drawLabel(ctx, box, text, START_COLOR);
  }
  ctx.restore();
}
