/**
 * Issue 7, done-when: for any patient, every number and multiple the screen model shows equals what
 * the assessment holds (the same value, comparator and multiple), and a result the rules could not
 * judge is never shown as abnormal. Tested on the pure view-model functions the panels render:
 * flagged rows, chart series, evidence words (the summary line and the note cite through them),
 * the summary line and the note text. Seeded.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flaggedRows, unjudgedResults } from '../../../src/features/flagged-labs/flagged-rows';
import { buildNoteText } from '../../../src/features/note/build-note-text';
import { describeEvidence, formatResultMultiple, formatResultValue } from '../../../src/features/shared/format';
import { summarize } from '../../../src/features/summary/summarize';
import { ancTrend, liverTrend } from '../../../src/features/trends/trend-series';
import { assessRiluzole, formatMultiple } from '../../../src/rules';
import type { Assessment, Comparator, Evidence, LabResult, Policy } from '../../../src/rules';
import { READS_DONE } from '../../integration/features/fixtures';
import { clinicalDataArb } from '../rules/arbitraries';
import { AS_OF } from '../rules/fixtures';

const RUNS = { seed: 20261204, numRuns: 200 };
const TIMEOUT_MS = 60_000;
const policyArb = fc.constantFrom<Policy>('us', 'eu');
const assessmentArb = fc
  .tuple(clinicalDataArb, policyArb)
  .map(([data, policy]) => assessRiluzole(data, { asOf: AS_OF, policy }));

const SIGN: Record<Comparator, string> = { '<': '<', '<=': '≤', '>': '>', '>=': '≥' };
const BOUND: Record<Comparator, string> = { '<': 'at most ', '<=': 'at most ', '>': 'at least ', '>=': 'at least ' };

function allLabs(a: Assessment): LabResult[] {
  return Object.values(a.labs).flatMap((r) => r ?? []);
}

/** Read a shown value back: "<300 U/L" gives the comparator "<" and the number 300. */
function readValue(text: string): { sign: string; n: number } {
  const m = /^([<>≤≥]?)(-?\d+(?:\.\d+)?(?:e-?\d+)?)/.exec(text);
  expect(m, `a value at the start of "${text}"`).not.toBeNull();
  return { sign: m?.[1] ?? '', n: Number(m?.[2]) };
}

/** The shown value and multiple of one result equal what the assessment holds. */
function expectSameResult(e: Evidence): void {
  if (e.value !== undefined) {
    const shown = readValue(formatResultValue(e));
    expect(shown.sign).toBe(e.comparator ? SIGN[e.comparator] : '');
    expect(Math.abs(shown.n - e.value)).toBeLessThanOrEqual(0.0005 + 1e-9);
  }
  const multiple = formatResultMultiple(e);
  if (e.multipleOfUln === undefined) {
    expect(multiple).toBeUndefined();
  } else {
    const bound = e.comparator ? BOUND[e.comparator] : '';
    expect(multiple).toBe(`${bound}${formatMultiple(e.multipleOfUln)}× ULN`);
  }
}

describe('screen model equals the assessment (property, seeded)', () => {
  it(
    'lists exactly the results the rules flagged outside their limit, never an unjudgeable one',
    () => {
      fc.assert(
        fc.property(assessmentArb, (a) => {
          const rows = flaggedRows(a);
          const labs = allLabs(a);
          for (const row of rows) {
            expect(['above', 'below']).toContain(row.result.flag);
            expect(labs).toContain(row.result);
            expectSameResult(row.result);
          }
          const outside = labs.filter((r) => r.flag === 'above' || r.flag === 'below');
          expect(rows).toHaveLength(outside.length);
          for (const r of unjudgedResults(a)) expect(r.flag).toBe('unjudgeable');
          expect(unjudgedResults(a)).toHaveLength(labs.filter((r) => r.flag === 'unjudgeable').length);
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'draws only measured values: each chart point is a result’s own ×ULN or value; a bound is never a point',
    () => {
      fc.assert(
        fc.property(assessmentArb, (a) => {
          for (const [trend, analytes, pick] of [
            [liverTrend(a), ['alt', 'ast', 'bilirubinTotal'], (r: LabResult) => r.multipleOfUln],
            [ancTrend(a), ['anc'], (r: LabResult) => r.value],
          ] as const) {
            if (!trend) continue;
            const present = analytes.filter((an) =>
              (a.labs[an] ?? []).some((r) => r.date !== undefined && pick(r) !== undefined),
            );
            trend.ys.forEach((col, s) => {
              const results = a.labs[present[s] ?? 'alt'] ?? [];
              col.forEach((y, i) => {
                const onDay = results.filter((r) => r.date === trend.dates[i]);
                const measured = onDay.filter((r) => r.comparator === undefined).map(pick);
                const values = measured.filter((v): v is number => v !== undefined);
                if (y === null) expect(values).toEqual([]);
                else expect(y).toBe(Math.max(...values));
                const bounded = onDay.some((r) => r.comparator !== undefined && pick(r) !== undefined);
                if (y === null && bounded) expect(trend.bounds[s]?.[i]).toMatch(/^(at most |at least |[<>≤≥])/);
              });
            });
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'cites every piece of evidence with its own value, comparator and (bounded) multiple',
    () => {
      fc.assert(
        fc.property(assessmentArb, (a) => {
          const evidence = [
            ...a.findings.flatMap((f) => f.evidence),
            ...a.monitoring.schedule.flatMap((p) => p.answeredBy ?? []),
          ];
          for (const e of evidence) {
            expectSameResult(e);
            const text = describeEvidence(e);
            const value = formatResultValue(e);
            if (e.value !== undefined) expect(text).toContain(value);
            const multiple = formatResultMultiple(e);
            if (multiple) expect(text).toContain(`(${multiple})`);
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'never writes an unbounded multiple of a comparator result in the summary line or the note',
    () => {
      fc.assert(
        fc.property(assessmentArb, (a) => {
          const texts = [summarize(a, READS_DONE).text, buildNoteText(a, a.patient, READS_DONE)];
          const measuredMultiples = new Set(
            allLabs(a)
              .filter((r) => r.comparator === undefined && r.multipleOfUln !== undefined)
              .map((r) => formatMultiple(r.multipleOfUln ?? 0)),
          );
          for (const r of allLabs(a)) {
            if (r.comparator === undefined || r.multipleOfUln === undefined) continue;
            const m = formatMultiple(r.multipleOfUln);
            if (measuredMultiples.has(m)) continue; // the same figure may belong to a measured result
            for (const t of texts) expect(t).not.toContain(`(${m}× ULN)`);
          }
          const latestAlt = a.labs.alt?.[0];
          if (latestAlt) {
            const line = texts[1]?.split('\n').find((l) => l.startsWith('Latest ALT: '));
            const shown = readValue((line ?? '').slice('Latest ALT: '.length));
            expect(shown.sign).toBe(latestAlt.comparator ? SIGN[latestAlt.comparator] : '');
            expect(Math.abs(shown.n - (latestAlt.value ?? NaN))).toBeLessThanOrEqual(0.0005 + 1e-9);
            if (latestAlt.flag === 'unjudgeable') expect(line).toContain('cannot be judged');
          }
        }),
        RUNS,
      );
    },
    TIMEOUT_MS,
  );
});
