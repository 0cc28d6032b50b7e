import { describe, expect, it } from 'vitest';
import { createLimiter } from '../../../src/fhir/queries/limiter';

/** A task that records its start and finishes when `done()` is called. */
function gate(name: string, started: string[]) {
  let done!: () => void;
  const finished = new Promise<void>((resolve) => (done = resolve));
  return { task: () => (started.push(name), finished), done: () => done() };
}

describe('the request limiter (issue 11)', () => {
  it('never runs more than its limit, and starts a waiting task as soon as one ends', async () => {
    const started: string[] = [];
    const limiter = createLimiter(2);
    const gates = ['a', 'b', 'c'].map((n) => gate(n, started));
    const runs = gates.map((g) => limiter.run(g.task));
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    expect(limiter.inFlight()).toBe(2);
    gates[0]?.done();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['a', 'b', 'c']);
    gates.forEach((g) => g.done());
    await Promise.all(runs);
    expect(limiter.inFlight()).toBe(0);
  });

  it('starts the waiting task with the smallest page first, and equals in the order asked', async () => {
    const started: string[] = [];
    const limiter = createLimiter(1);
    const first = gate('first', started);
    const runs = [limiter.run(first.task, 100)];
    const queued = [
      ['big-1', 933],
      ['big-2', 933],
      ['small', 21],
      ['page', 100],
    ] as const;
    const gates = queued.map(([n, p]) => {
      const g = gate(n, started);
      runs.push(limiter.run(g.task, p));
      return g;
    });
    first.done();
    for (const g of [gates[2], gates[3], gates[0], gates[1]]) {
      await new Promise((r) => setTimeout(r, 0));
      g?.done();
    }
    await Promise.all(runs);
    expect(started).toEqual(['first', 'small', 'page', 'big-1', 'big-2']);
  });
});
