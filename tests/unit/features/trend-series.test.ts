import { describe, expect, it } from 'vitest';
import { toEpochSeconds } from '../../../src/features/shared/format';
import {
  ancTrend,
  liverTrend,
  longGaps,
  MAX_JOINED_GAP_DAYS,
  yScale,
  yTicks,
} from '../../../src/features/trends/trend-series';
import { ABOVE_3X, STOP_MULTIPLE_US, ULN_MULTIPLE } from '../../../src/rules';
import type { Analyte, Assessment, LabResult } from '../../../src/rules/types';

const DAY = 24 * 3600;
const AS_OF = '2026-11-25';

const lab = (analyte: Analyte, date: string, value: number, multipleOfUln?: number): LabResult => ({
  resourceType: 'Observation',
  id: `${analyte}-${date}`,
  display: analyte,
  analyte,
  status: 'final',
  value,
  unit: analyte === 'anc' ? '10*9/L' : 'U/L',
  date,
  multipleOfUln,
  originalValue: String(value),
  originalUnit: 'U/L',
});

function assessment(labs: Assessment['labs'], courseStart?: string): Assessment {
  return {
    asOf: AS_OF,
    policy: 'us',
    patient: { id: 'p' },
    treatment: { status: courseStart ? 'on-riluzole' : 'never', courseStart, products: [], evidence: [] },
    eligibility: { status: 'eligible', window: { from: '2026-01-01', to: '2026-03-01' }, findings: [] },
    monitoring: { status: 'up-to-date', schedule: [], findings: [] },
    labs,
    supportive: { applies: true },
    findings: [],
    dataNotes: [],
  };
}

const epoch = (d: string): number => toEpochSeconds(d) ?? NaN;

describe('longGaps (where a trend line breaks)', () => {
  it('breaks between results more than 60 days apart and joins monthly ones', () => {
    const x = [0, 30, 61, 200, 230].map((d) => d * DAY);
    expect(longGaps(x, [1, 2, 3, 4, 5])).toEqual([[61 * DAY, 200 * DAY]]);
  });

  it('measures from the series’ own previous result, not from a day only another series has', () => {
    const x = [0, 40, 80].map((d) => d * DAY);
    expect(longGaps(x, [1, null, 2])).toEqual([[0, 80 * DAY]]);
    expect(longGaps(x, [1, 2, null])).toEqual([]);
  });

  it('joins results exactly 60 days apart', () => {
    expect(longGaps([0, MAX_JOINED_GAP_DAYS * DAY], [1, 2])).toEqual([]);
  });
});

describe('yScale (the y axis covers every value)', () => {
  it('puts the top tick above the highest ANC, not below it (3.3 once sat above a top tick of 3)', () => {
    const { max, step } = yScale([3.3, 2.9], [{ y: 1.5, label: '1.5 (LLN)' }]);
    expect(max).toBeGreaterThanOrEqual(3.3 * 1.1);
    expect(yTicks(max, step).at(-1)).toBe(max);
    expect(max).toBe(4);
  });

  it('keeps the liver reference lines in view with room for their labels, and grows for a high value', () => {
    const refs = [1, 3, 5].map((y) => ({ y, label: `${y}× ULN` }));
    expect(yScale([0.6, null], refs).max).toBe(6);
    expect(yScale([6.5], refs).max).toBe(8);
  });

  it('gives round tick labels', () => {
    expect(yTicks(0.6, 0.2)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(yScale([0.5], [{ y: 0.4, label: '' }]).step).toBe(0.2);
  });
});

describe('liverTrend and ancTrend', () => {
  const labs = {
    alt: [lab('alt', '2026-03-01', 30, 0.75), lab('alt', '2026-04-01', 45, 1.125), lab('alt', '2026-10-01', 50, 1.25)],
    ast: [lab('ast', '2026-04-01', 30, 0.75)],
    anc: [lab('anc', '2026-03-01', 3.3), lab('anc', '2026-10-01', 1.2)],
  };

  it('ends the x axis at asOf, not a week after it', () => {
    const t = liverTrend(assessment(labs, '2026-03-02'));
    expect(t?.xMax).toBe(epoch(AS_OF));
    expect(t?.xMin).toBe(epoch('2026-03-01') - 7 * DAY);
  });

  it('ends it at the last result when that is later than asOf', () => {
    const t = liverTrend(assessment({ alt: [lab('alt', '2026-11-20', 30, 0.75), lab('alt', '2026-12-01', 30, 0.75)] }));
    expect(t?.xMax).toBe(epoch('2026-12-01'));
  });

  it('breaks each series across its own long gaps', () => {
    const t = liverTrend(assessment(labs));
    expect(t?.series.map((s) => s.label)).toEqual(['ALT ×ULN', 'AST ×ULN']);
    expect(t?.gaps).toEqual([[[epoch('2026-04-01'), epoch('2026-10-01')]], []]);
  });

  it('labels the reference lines for the right end of the plot', () => {
    expect(liverTrend(assessment(labs))?.refs.map((r) => r.label)).toEqual(['1× ULN', '3× ULN', '5× ULN']);
    const anc = ancTrend(assessment(labs));
    // These ANC results carry no LLN: only the rules' thresholds are drawn.
    expect(anc?.refs.map((r) => [r.y, r.label])).toEqual([
      [1.5, '1.5'],
      [1, '1.0'],
      [0.5, '0.5 severe'],
    ]);
    expect(anc?.yMax).toBe(4);
  });
});

describe('what the charts take from the rules (spec §1 "Display", v3)', () => {
  const withComparator = (r: LabResult, comparator: '<' | '>'): LabResult => ({
    ...r,
    comparator,
    flag: 'unjudgeable',
  });

  it('never draws a result with a comparator as a point on the ×ULN chart; the table gives its bound', () => {
    const labs: Assessment['labs'] = {
      alt: [withComparator(lab('alt', '2026-10-01', 300, 7.5), '<'), lab('alt', '2026-09-01', 50, 1.25)],
    };
    const t = liverTrend(assessment(labs));
    const i = t?.dates.indexOf('2026-10-01') ?? -1;
    expect(i).toBeGreaterThanOrEqual(0);
    expect(t?.ys[0]?.[i]).toBeNull();
    expect(t?.bounds[0]?.[i]).toBe('at most 7.5×');
    expect(t?.ys[0]?.[t.dates.indexOf('2026-09-01')]).toBe(1.25);
  });

  it('does not plot a bounded ANC either, and draws the lab’s own LLN', () => {
    const anc = (date: string, value: number, lln: number): LabResult => ({
      ...lab('anc', date, value),
      lln,
      llnSource: 'report',
    });
    const t = ancTrend(
      assessment({ anc: [withComparator(anc('2026-10-01', 0.5, 1.8), '<'), anc('2026-09-01', 1.6, 1.8)] }),
    );
    expect(t?.ys[0]).toEqual([1.6, null]);
    expect(t?.bounds[0]).toEqual([null, '<0.5']);
    expect(t?.refs.map((r) => [r.y, r.label])).toEqual([
      [1.8, '1.8 (LLN)'],
      [1.5, '1.5'],
      [1, '1.0'],
      [0.5, '0.5 severe'],
    ]);
  });

  it('takes the liver lines from the rules’ thresholds', () => {
    expect(liverTrend(assessment({ alt: [lab('alt', '2026-09-01', 50, 1.25)] }))?.refs.map((r) => r.y)).toEqual([
      ULN_MULTIPLE,
      ABOVE_3X,
      STOP_MULTIPLE_US,
    ]);
  });
});

describe('the riluzole course on the charts (start, stops, holds from the assessment)', () => {
  const labs = { alt: [lab('alt', '2026-10-01', 60, 1.5), lab('alt', '2026-06-01', 30, 0.75)] };
  const withCourse = (treatment: Partial<Assessment['treatment']>): Assessment => {
    const a = assessment(labs, '2026-03-01');
    return { ...a, treatment: { ...a.treatment, ...treatment } };
  };

  it('marks the start, each stop and each dated hold, oldest first, with the words the legend uses', () => {
    const t = liverTrend(
      withCourse({
        stops: ['2025-09-30'],
        holds: [
          {
            from: '2026-08-01',
            to: '2026-08-20',
            evidence: { resourceType: 'MedicationRequest', id: 'h', display: 'r' },
          },
        ],
      }),
    );
    expect(t?.marks.map((m) => [m.kind, m.date, m.text])).toEqual([
      ['stop', '2025-09-30', 'Riluzole stopped 30 Sep 2025'],
      ['start', '2026-03-01', 'Riluzole started 1 Mar 2026'],
      ['hold', '2026-08-01', 'Riluzole on hold from 1 Aug 2026 to 20 Aug 2026'],
    ]);
    expect(t?.marks[2]?.xTo).toBe(epoch('2026-08-20'));
    // The chart reaches back to the earlier course's stop, as it does to the start.
    expect(t?.xMin).toBe(epoch('2025-09-30') - 7 * DAY);
  });

  it('gives an undated hold no position: it is listed, not drawn at a made-up date', () => {
    const t = ancTrend({
      ...withCourse({
        status: 'paused',
        holds: [{ evidence: { resourceType: 'MedicationRequest', id: 'h', display: 'r' } }],
      }),
      labs: { anc: [lab('anc', '2026-10-01', 2.1)] },
    });
    const hold = t?.marks.find((m) => m.kind === 'hold');
    expect(hold?.x).toBeUndefined();
    expect(hold?.text).toBe('Riluzole on hold, since a date the record does not give');
  });
});
