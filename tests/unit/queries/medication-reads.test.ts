import { describe, expect, it } from 'vitest';
import { FhirHttpError } from '../../../src/fhir/queries/fhir-gateway';
import { isIdSearchUnsupported, mapBounded } from '../../../src/fhir/queries/medication-reads';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('mapBounded', () => {
  it("keeps the items' order and never runs more than the limit at once", async () => {
    let now = 0;
    let max = 0;
    const out = await mapBounded([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 3, async (n) => {
      max = Math.max(max, ++now);
      await tick();
      now--;
      return n * 10;
    });
    expect(out).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(max).toBe(3);
  });

  it('starts no new task after a failure, and throws it', async () => {
    const started: number[] = [];
    const run = mapBounded([1, 2, 3, 4, 5, 6], 2, async (n) => {
      started.push(n);
      await tick();
      if (n === 1) throw new Error('boom');
      return n;
    });
    await expect(run).rejects.toThrow('boom');
    expect(started.length).toBeLessThan(6);
  });

  it('handles an empty list', async () => {
    await expect(mapBounded([], 6, () => Promise.resolve(1))).resolves.toEqual([]);
  });
});

describe('isIdSearchUnsupported', () => {
  it('is true for 400, 404 and 501 only', () => {
    expect([400, 404, 501, 403, 500, 0].map((s) => isIdSearchUnsupported(new FhirHttpError(s, 'x')))).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
