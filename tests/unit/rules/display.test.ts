import { describe, expect, it } from 'vitest';
import { limitFlag, multipleText, resultText, resultWords, valueText } from '../../../src/rules/display';
import { alt, assess, data, lab } from './fixtures';

describe('result words (spec §1 "Display")', () => {
  it('shows a comparator with its value, and its multiple only as a bound', () => {
    const e = {
      resourceType: 'Observation',
      id: 'a',
      display: 'ALT',
      value: 300,
      unit: 'U/L',
      comparator: '<' as const,
      multipleOfUln: 7.5,
    };
    expect(resultWords(e)).toEqual({ value: '<300 U/L', multiple: 'at most 7.5× ULN' });
    expect(resultText({ ...e, comparator: '>', value: 400, multipleOfUln: 10 })).toBe('>400 U/L (at least 10.0× ULN)');
    expect(resultText({ ...e, comparator: undefined, value: 212, multipleOfUln: 5.3 })).toBe('212 U/L (5.3× ULN)');
  });

  it('writes ≤ and ≥, units as clinicians write them, and no float noise', () => {
    expect(valueText(5, 'U/L', '<=')).toBe('≤5 U/L');
    expect(valueText(7.499999999999999, '10*9/L')).toBe('7.5 ×10⁹/L');
    expect(valueText(45, '%', '>=')).toBe('≥45%');
    expect(multipleText(5.04)).toBe('5.04×');
  });
});

describe('limitFlag: abnormal only when every allowed value is', () => {
  const uln = { kind: 'uln', value: 40 } as const;
  const lln = { kind: 'lln', value: 1.5 } as const;
  it.each([
    [300, '<', uln, 'unjudgeable'],
    [5, '<', uln, 'within'],
    [200, '>', uln, 'above'],
    [40, '>', uln, 'unjudgeable'],
    [40, undefined, uln, 'within'],
    [41, undefined, uln, 'above'],
    [1.2, undefined, lln, 'below'],
    [2, '<', lln, 'unjudgeable'],
    [1, '<', lln, 'below'],
    [1.5, undefined, lln, 'within'],
  ] as const)('%s %s against %o is %s', (v, c, limit, want) => expect(limitFlag(v, c, limit)).toBe(want));
});

describe('the assessment carries the flag and the comparator', () => {
  it('flags each result from the rules, not from its multiple alone', () => {
    const a = assess(
      data({
        labs: [
          alt('2026-10-02', 300, { comparator: '<', originalValue: '<300' }),
          alt('2026-09-02', 90),
          alt('2026-08-02', 20),
          lab('anc', '2026-10-02', 1.2, { low: 1.8 }),
          lab('egfr', '2026-10-02', 80),
        ],
      }),
    );
    expect(a.labs.alt?.map((l) => l.flag)).toEqual(['unjudgeable', 'above', 'within']);
    expect(a.labs.anc?.[0]?.flag).toBe('below');
    expect(a.labs.egfr?.[0]?.flag).toBeUndefined();
  });

  it('keeps the comparator on every evidence item that cites the result', () => {
    const a = assess(data({ labs: [alt('2026-10-02', 400, { comparator: '>', originalValue: '>400' })] }));
    const cited = a.findings.flatMap((f) => f.evidence).filter((e) => e.id === a.labs.alt?.[0]?.id);
    expect(cited.length).toBeGreaterThan(0);
    for (const e of cited) expect(e.comparator).toBe('>');
  });

  it('writes a bounded multiple in the finding text', () => {
    const a = assess(data({ labs: [alt('2026-10-02', 400, { comparator: '>', originalValue: '>400' })] }));
    const f = a.findings.find((x) => x.code === 'baseline.transaminase-above-5x');
    expect(f?.detail).toContain('ALT >400 U/L');
    expect(f?.detail).toContain('at least 10.0×');
    expect(f?.detail).not.toMatch(/is >10/);
  });
});
