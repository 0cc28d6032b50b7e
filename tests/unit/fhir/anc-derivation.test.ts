import { describe, it, expect } from 'vitest';
import { altObservation, labObservation, normalize } from './fixtures';

const at = (t: string) => ({ effectiveDateTime: t });
const wbc = (id: string, v: number, t: string) => labObservation(id, '6690-2', v, '10*3/uL', at(t));
const pct = (id: string, v: number, t: string) => labObservation(id, '770-8', v, '%', at(t));
const ancs = (resources: unknown[]) => normalize(resources).labs.filter((l) => l.analyte === 'anc');

describe('ANC derivation', () => {
  it('derives ANC = WBC × neutrophil % / 100 from the same date-time, marked derived', () => {
    const [anc, ...rest] = ancs([wbc('w1', 6.0, '2026-03-02T08:00:00Z'), pct('n1', 25, '2026-03-02T08:00:00Z')]);
    expect(rest).toEqual([]);
    expect(anc).toMatchObject({
      value: 1.5,
      unit: '10*9/L',
      date: '2026-03-02',
      derived: true,
      derivedFrom: ['w1', 'n1'],
      usable: true,
    });
  });
  it('falls back to the same date when the times differ', () => {
    expect(ancs([wbc('w1', 4, '2026-03-02T08:00:00Z'), pct('n1', 50, '2026-03-02T11:00:00Z')])[0]?.value).toBe(2);
  });
  it('prefers the neutrophil % of the same date-time over another on the same date', () => {
    const r = ancs([
      wbc('w1', 4, '2026-03-02T08:00:00Z'),
      pct('n0', 10, '2026-03-02T07:00:00Z'),
      pct('n1', 50, '2026-03-02T08:00:00Z'),
    ]);
    expect(r[0]?.derivedFrom).toEqual(['w1', 'n1']);
  });
  it('does not derive on a date that has a measured ANC', () => {
    const measured = labObservation('a1', '751-8', 2.2, '10*3/uL', at('2026-03-02T15:00:00Z'));
    const r = ancs([wbc('w1', 4, '2026-03-02T08:00:00Z'), pct('n1', 50, '2026-03-02T08:00:00Z'), measured]);
    expect(r.map((a) => a.id)).toEqual(['a1']);
  });
  it('does not derive from different dates or from unusable results', () => {
    expect(ancs([wbc('w1', 4, '2026-03-02T08:00:00Z'), pct('n1', 50, '2026-03-03T08:00:00Z')])).toEqual([]);
    const bad = altObservation({
      id: 'n2',
      code: { coding: [{ system: 'http://loinc.org', code: '770-8' }] },
      valueQuantity: { value: 50, unit: 'bananas' },
      ...at('2026-03-02T08:00:00Z'),
    });
    expect(ancs([wbc('w1', 4, '2026-03-02T08:00:00Z'), bad])).toEqual([]);
  });
  it('derives neutrophil % from segmented 769-0 plus band 764-1 of the same date-time, then the ANC', () => {
    const t = '2026-03-02T08:00:00Z';
    const data = normalize([
      wbc('w1', 5, t),
      labObservation('s1', '769-0', 40, '%', at(t)),
      labObservation('b1', '764-1', 5, '%', at(t)),
    ]);
    const derivedPct = data.labs.find((l) => l.analyte === 'neutrophilPct');
    expect(derivedPct).toMatchObject({ value: 45, derived: true, derivedFrom: ['s1', 'b1'] });
    expect(data.labs.find((l) => l.analyte === 'anc')).toMatchObject({ value: 2.25, derivedFrom: ['w1', 's1', 'b1'] });
  });
  it('does not use a segmented result without its band, and notes it', () => {
    const t = '2026-03-02T08:00:00Z';
    const data = normalize([wbc('w1', 5, t), labObservation('s1', '769-0', 40, '%', at(t))]);
    expect(data.labs.filter((l) => l.analyte !== 'wbc')).toEqual([]);
    expect(data.notes.map((n) => n.code)).toEqual(['data.neutrophil-part-unpaired']);
  });
});
