import { describe, expect, it } from 'vitest';
import { alt, assess, data, lab, noteCodes } from './fixtures';

describe('lab results in the assessment', () => {
  it('lists usable results newest first with ULN, ×ULN and grade', () => {
    const a = assess(data({ labs: [alt('2026-09-01', 30), alt('2026-10-02', 212)] }));
    expect(a.labs.alt?.map((l) => l.date)).toEqual(['2026-10-02', '2026-09-01']);
    expect(a.labs.alt?.[0]).toMatchObject({
      value: 212,
      uln: 40,
      ulnSource: 'report',
      multipleOfUln: 5.3,
      grade: 3,
      unit: 'U/L',
    });
  });

  it('puts the worse of two same-day results first (higher ×ULN; lower ANC)', () => {
    const a = assess(
      data({
        labs: [
          alt('2026-10-02', 50),
          alt('2026-10-02', 90),
          lab('anc', '2026-10-02', 2.5, { low: 1.8 }),
          lab('anc', '2026-10-02', 1.2, { low: 1.8 }),
        ],
      }),
    );
    expect(a.labs.alt?.map((l) => l.value)).toEqual([90, 50]);
    expect(a.labs.anc?.map((l) => l.value)).toEqual([1.2, 2.5]);
    expect(a.labs.anc?.[0]).toMatchObject({ lln: 1.8, llnSource: 'report', grade: 2 });
  });

  it('ignores results dated after asOf and unusable results', () => {
    const a = assess(
      data({ labs: [alt('2026-11-26', 300), alt('2026-10-01', 30, { usable: false }), alt('2026-10-02', 20)] }),
    );
    expect(a.labs.alt?.map((l) => l.value)).toEqual([20]);
  });

  it('marks an assumed limit on the result and in the data notes', () => {
    const a = assess(data({ labs: [lab('anc', '2026-10-02', 1.2)] }));
    expect(a.labs.anc?.[0]).toMatchObject({ lln: 1.5, llnSource: 'assumed' });
    expect(noteCodes(a)).toContain('data.uln-assumed');
  });

  it('keeps the comparator and the original value', () => {
    const a = assess(data({ labs: [alt('2026-10-02', 5, { comparator: '<', originalValue: '<5' })] }));
    expect(a.labs.alt?.[0]).toMatchObject({ comparator: '<', originalValue: '<5', grade: 0 });
    expect(a.eligibility.status).toBe('eligible');
  });

  it('carries the normaliser’s notes through, de-duplicated', () => {
    const note = { code: 'data.preliminary', detail: 'preliminary', resourceType: 'Observation', id: 'x' };
    const a = assess(
      data({ labs: [alt('2026-10-02', 20, { notes: [note] }), alt('2026-10-03', 20, { notes: [note] })] }),
    );
    expect(a.dataNotes.filter((n) => n.code === 'data.preliminary')).toHaveLength(1);
  });
});
