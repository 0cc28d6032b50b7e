/*
 * Where to put a chart label so it hides no data: pure geometry in canvas pixels, no uPlot, so it
 * can be tested in node.
 */

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** What a label must not cover: data points (with their radius) and the lines between them. */
export interface Obstacles {
  readonly points: readonly Point[];
  readonly segments: readonly (readonly [Point, Point])[];
  readonly pointRadius: number;
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

const grow = (b: Box, by: number): Box => ({
  left: b.left - by,
  top: b.top - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});

/** Liang–Barsky: does the segment p–q cross the box (or lie in it)? */
export function segmentHitsBox(p: Point, q: Point, b: Box): boolean {
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const edges: readonly (readonly [number, number])[] = [
    [-dx, p.x - b.left],
    [dx, b.left + b.width - p.x],
    [-dy, p.y - b.top],
    [dy, b.top + b.height - p.y],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe < 0) return false;
      continue;
    }
    const t = qe / pe;
    if (pe < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

export function coversData(b: Box, data: Obstacles): boolean {
  const around = grow(b, data.pointRadius);
  const pointHit = data.points.some(
    (p) =>
      p.x >= around.left && p.x <= around.left + around.width && p.y >= around.top && p.y <= around.top + around.height,
  );
  return pointHit || data.segments.some(([p, q]) => segmentHitsBox(p, q, b));
}

/**
 * The first candidate, in order of preference, that stays inside `area`, overlaps no placed label
 * and covers no data; failing that, the first that at least overlaps no label; failing that, the first.
 */
export function chooseBox(
  candidates: readonly Box[],
  area: Box,
  placed: readonly Box[],
  data: Obstacles,
): Box | undefined {
  const inside = (b: Box): boolean =>
    b.left >= area.left &&
    b.top >= area.top &&
    b.left + b.width <= area.left + area.width &&
    b.top + b.height <= area.top + area.height;
  const clearOfLabels = candidates.filter((b) => inside(b) && !placed.some((p) => overlaps(p, b)));
  return clearOfLabels.find((b) => !coversData(b, data)) ?? clearOfLabels[0] ?? candidates[0];
}
