import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, ctcaeGrade, formatMultiple, parseSettings } from '../../../src/rules';
import { ge, gt, intervalOf, le, lt } from '../../../src/rules/interval';
import { chooseLimit, multipleOf } from '../../../src/rules/uln';
import { assess, data, lab, noteCodes, patient } from './fixtures';

describe('choosing the limit of normal', () => {
  it("uses the lab's own range", () => {
    expect(chooseLimit(lab('alt', '2026-10-02', 50, { high: 33 }), patient(), DEFAULT_SETTINGS)).toEqual({
      kind: 'uln',
      value: 33,
      source: 'report',
    });
  });

  it('prefers a range that applies to the patient’s sex, else one without appliesTo', () => {
    const l = lab('alt', '2026-10-02', 50, null, {
      ranges: [
        { hasAppliesTo: true, appliesToSex: 'female', high: 33 },
        { hasAppliesTo: false, high: 45 },
        { hasAppliesTo: true, appliesToSex: 'male', high: 41 },
      ],
    });
    expect(chooseLimit(l, patient({ sex: 'male' }), DEFAULT_SETTINGS)?.value).toBe(41);
    expect(chooseLimit(l, patient({ sex: 'female' }), DEFAULT_SETTINGS)?.value).toBe(33);
    expect(chooseLimit(l, patient({ sex: 'unknown' }), DEFAULT_SETTINGS)?.value).toBe(45);
  });

  it('fits an age-specific range by age at the result date', () => {
    const l = lab('alt', '2026-10-02', 50, null, {
      ranges: [
        { hasAppliesTo: false, ageLowYears: 0, ageHighYears: 17, high: 30 },
        { hasAppliesTo: false, ageLowYears: 18, high: 45 },
      ],
    });
    expect(chooseLimit(l, patient({ birthDate: '2010-01-01' }), DEFAULT_SETTINGS)?.value).toBe(30);
    expect(chooseLimit(l, patient({ birthDate: '1960-01-01' }), DEFAULT_SETTINGS)?.value).toBe(45);
  });

  it('falls back to the clinic default, marked assumed, when no range has the limit', () => {
    expect(chooseLimit(lab('alt', '2026-10-02', 50, { low: 7 }), patient(), DEFAULT_SETTINGS)).toEqual({
      kind: 'uln',
      value: 40,
      source: 'assumed',
    });
    expect(chooseLimit(lab('anc', '2026-10-02', 1, null), patient(), DEFAULT_SETTINGS)).toEqual({
      kind: 'lln',
      value: 1.5,
      source: 'assumed',
    });
    expect(chooseLimit(lab('egfr', '2026-10-02', 50, null), patient(), DEFAULT_SETTINGS)).toBeUndefined();
  });
});

describe('multiples of ULN', () => {
  it('rounds to 6 decimals so 3.40 / 0.68 is exactly 5', () => {
    expect(3.4 / 0.68).not.toBe(5);
    expect(multipleOf(3.4, 0.68)).toBe(5);
  });

  it.each([
    [5.3, '5.3'],
    [5.04, '5.04'],
    [4.96, '4.96'],
    [5, '5.00'],
    [5.05, '5.05'],
    [5.06, '5.1'],
    [1, '1.00'],
    [0.97, '0.97'],
    [3.02, '3.02'],
    [2, '2.0'],
    [0.5, '0.5'],
    [1.005, '1.01'],
    [40.2 / 40, '1.01'],
    [5.005, '5.01'],
  ])('shows %s× as "%s"', (x, shown) => {
    expect(formatMultiple(x)).toBe(shown);
  });
});

describe('comparators', () => {
  it('"<5" passes within the ULN; "<300" against 40 leaves the answer unknown', () => {
    expect(gt(intervalOf(5, '<'), 40)).toBe(false);
    expect(gt(intervalOf(300, '<'), 40)).toBeUndefined();
    expect(gt(intervalOf(300, '>'), 200)).toBe(true);
    expect(ge(intervalOf(200, '>='), 200)).toBe(true);
    expect(le(intervalOf(40, '<='), 40)).toBe(true);
  });

  it('reads "<X" as at most X and ">X" as at least X (spec §1), so the bound itself stays possible', () => {
    expect(lt(intervalOf(60, '<'), 60)).toBeUndefined(); // eGFR "<60": at most 60, maybe exactly 60
    expect(le(intervalOf(60, '<'), 60)).toBe(true);
    expect(gt(intervalOf(200, '>'), 200)).toBeUndefined(); // ALT ">200" vs 5 × 40: at least 5×
    expect(ge(intervalOf(200, '>'), 200)).toBe(true);
    expect(intervalOf(200, '>')).toEqual(intervalOf(200, '>='));
    expect(intervalOf(5, '<')).toEqual(intervalOf(5, '<='));
  });
});

describe('CTCAE v5 grades', () => {
  it.each([
    [40, 0],
    [41, 1],
    [120, 1],
    [121, 2],
    [200, 2],
    [201, 3],
    [800, 3],
    [801, 4],
  ])('grades ALT %s U/L against a ULN of 40 as %s', (v, g) => {
    expect(ctcaeGrade('alt', v, 40)).toBe(g);
  });

  it.each([
    [1.2, 0],
    [1.8, 1],
    [1.81, 2],
    [3.6, 2],
    [3.61, 3],
    [12.01, 4],
  ])('grades bilirubin %s mg/dL against a ULN of 1.2 as %s', (v, g) => {
    expect(ctcaeGrade('bilirubinTotal', v, 1.2)).toBe(g);
  });

  it.each([
    [2.0, 0],
    [1.6, 1],
    [1.5, 1],
    [1.49, 2],
    [1.0, 2],
    [0.99, 3],
    [0.5, 3],
    [0.49, 4],
  ])('grades ANC %s ×10⁹/L against an LLN of 2.0 as %s', (v, g) => {
    expect(ctcaeGrade('anc', v, 2.0)).toBe(g);
  });

  it('gives no grade when a comparator hides it, or for ungraded analytes', () => {
    expect(ctcaeGrade('alt', 5, 40, '<')).toBe(0);
    expect(ctcaeGrade('alt', 300, 40, '<')).toBeUndefined();
    expect(ctcaeGrade('ggt', 300, 50)).toBeUndefined();
  });
});

describe('implausible lab limits (spec §3 v3, issue 8.5)', () => {
  const uln = (high: number, settings = DEFAULT_SETTINGS) =>
    chooseLimit(lab('alt', '2026-10-02', 300, { high }), patient(), settings);

  it('does not use an ALT "ULN" of 1,000,000 U/L: the default applies, and the range is kept for the note', () => {
    const limit = uln(1_000_000);
    expect(limit).toMatchObject({ kind: 'uln', value: 40, source: 'assumed' });
    expect(limit?.implausible).toEqual([{ hasAppliesTo: false, high: 1_000_000 }]);
  });

  it('uses limits from a quarter to four times the default, both ends included', () => {
    expect(uln(10)).toEqual({ kind: 'uln', value: 10, source: 'report' });
    expect(uln(160)).toEqual({ kind: 'uln', value: 160, source: 'report' });
    expect(uln(9.99)).toMatchObject({ value: 40, source: 'assumed' });
    expect(uln(160.01)).toMatchObject({ value: 40, source: 'assumed' });
  });

  it('reads the band from the clinic setting limitPlausibility', () => {
    const wide = { ...DEFAULT_SETTINGS, limitPlausibility: 10 };
    expect(uln(400, wide)).toMatchObject({ value: 400, source: 'report' });
    expect(uln(401, wide)).toMatchObject({ value: 40, source: 'assumed' });
  });

  it('applies to lower limits too (ANC, WBC)', () => {
    const anc = chooseLimit(lab('anc', '2026-10-02', 1, { low: 0.001 }), patient(), DEFAULT_SETTINGS);
    expect(anc).toMatchObject({ kind: 'lln', value: 1.5, source: 'assumed' });
    const wbc = chooseLimit(lab('wbc', '2026-10-02', 1, { low: 3.5 }), patient(), DEFAULT_SETTINGS);
    expect(wbc).toEqual({ kind: 'lln', value: 3.5, source: 'report' });
  });

  it('prefers a plausible general range over an implausible one for the patient’s sex, and says so', () => {
    const l = lab('alt', '2026-10-02', 300, null, {
      ranges: [
        { hasAppliesTo: true, appliesToSex: 'male', high: 1_000_000 },
        { hasAppliesTo: false, high: 45 },
      ],
    });
    const limit = chooseLimit(l, patient({ sex: 'male' }), DEFAULT_SETTINGS);
    expect(limit).toMatchObject({ value: 45, source: 'report' });
    expect(limit?.implausible).toHaveLength(1);
  });

  it('judges ALT 300 against the default when the lab says 1,000,000 U/L, with data.uln-implausible naming the range', () => {
    const a = assess(data({ labs: [lab('alt', '2026-11-20', 300, { low: 0, high: 1_000_000 })] }));
    expect(a.labs.alt?.[0]).toMatchObject({ uln: 40, ulnSource: 'assumed', multipleOfUln: 7.5 });
    const note = a.dataNotes.find((n) => n.code === 'data.uln-implausible');
    expect(note?.detail).toContain('0–1000000 U/L');
    expect(noteCodes(a)).toContain('data.uln-assumed');
  });
});

describe('the limitPlausibility setting', () => {
  it('defaults to 4 and refuses values below 1', () => {
    expect(DEFAULT_SETTINGS.limitPlausibility).toBe(4);
    expect(parseSettings({ limitPlausibility: 2 }).limitPlausibility).toBe(2);
    expect(() => parseSettings({ limitPlausibility: 0.5 })).toThrow(/limitPlausibility/);
  });
});
