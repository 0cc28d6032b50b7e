/**
 * The stops and holds the charts mark beside the course start (docs/clinical-spec.md §5.4, §12): the
 * assessment carries them, so a chart draws only what the rules give it.
 */
import { describe, expect, it } from 'vitest';
import { assess, data, riluzole } from './fixtures';

// asOf is 2026-11-25 (fixtures).
describe('course stops', () => {
  it('gives the end of a stopped course as its stop', () => {
    const a = assess(data({ meds: [riluzole({ start: '2026-01-06', end: '2026-09-30', status: 'stopped' })] }));
    expect(a.treatment.stops).toEqual(['2026-09-30']);
  });

  it('gives the earlier course of a restart as a stop, and no stop for the current course', () => {
    const a = assess(
      data({
        meds: [
          riluzole({ id: 'old', start: '2025-01-06', end: '2025-05-01', status: 'stopped' }),
          riluzole({ id: 'new', start: '2026-06-01', end: '2026-12-31' }),
        ],
      }),
    );
    expect(a.treatment.status).toBe('on-riluzole');
    expect(a.treatment.stops).toEqual(['2025-05-01']);
  });

  it('gives no stop to an open course', () => {
    expect(assess(data({ meds: [riluzole({ start: '2026-06-01' })] })).treatment.stops).toBeUndefined();
  });
});

describe('course holds', () => {
  it('dates a hold from a later record written on hold, open while it has no end', () => {
    const a = assess(
      data({
        meds: [
          riluzole({ id: 'first', start: '2026-06-01', end: '2026-10-01', status: 'completed' }),
          riluzole({ id: 'held', start: '2026-10-02', status: 'on-hold' }),
        ],
      }),
    );
    expect(a.treatment.status).toBe('paused');
    expect(a.treatment.holds).toEqual([
      { from: '2026-10-02', evidence: expect.objectContaining({ id: 'held', resourceType: 'MedicationRequest' }) },
    ]);
  });

  it('leaves the start of a hold unrecorded when the course began with the on-hold record', () => {
    const a = assess(data({ meds: [riluzole({ id: 'held', start: '2026-06-01', status: 'on-hold' })] }));
    expect(a.treatment.holds).toHaveLength(1);
    expect(a.treatment.holds?.[0]?.from).toBeUndefined();
    expect(a.treatment.holds?.[0]?.to).toBeUndefined();
  });

  it('keeps an ended hold of the course with its end', () => {
    const a = assess(
      data({
        meds: [
          riluzole({ start: '2026-03-01' }),
          riluzole({ id: 'held', start: '2026-05-01', end: '2026-05-20', status: 'on-hold' }),
        ],
      }),
    );
    expect(a.treatment.status).toBe('on-riluzole');
    expect(a.treatment.holds?.map((h) => [h.from, h.to])).toEqual([['2026-05-01', '2026-05-20']]);
  });

  it('has no holds when no record is on hold', () => {
    expect(assess(data({ meds: [riluzole({ start: '2026-06-01' })] })).treatment.holds).toBeUndefined();
  });
});
