/** A request's start and response end, in the same clock (ms). */
export interface Timed {
  readonly start: number;
  readonly end: number;
}

/**
 * Sequential request waves: a request is in wave 1 if it started before any other request's
 * response had arrived, else in 1 + the highest wave among the requests whose responses ended
 * before it started (it may have needed their answer). One wave means every read was started at
 * once; each extra wave is one more round trip the clinician waits for.
 */
export function countWaves(requests: readonly Timed[]): number {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const wave: number[] = [];
  sorted.forEach((r, i) => {
    let w = 1;
    for (let j = 0; j < i; j++) {
      const q = sorted[j];
      if (q && q.end <= r.start) w = Math.max(w, (wave[j] ?? 1) + 1);
    }
    wave.push(w);
  });
  return Math.max(0, ...wave);
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
