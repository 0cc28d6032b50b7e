/**
 * The worklist case runner: every case in tests/cases/worklist is built through the real normaliser
 * and rules, with its review history, and the worklist must show the expected order, ranks, review
 * states and sentences (docs/clinical-spec.md §10).
 */
import { describe, expect, it } from 'vitest';
import { buildWorklist } from '../../../src/rules/worklist';
import { WORKLIST_CASES } from '../../cases/worklist';
import { buildCase } from './worklist-fixtures';

describe.each(WORKLIST_CASES.map((c) => [c.id, c] as const))('worklist case %s', (_id, wc) => {
  const { entries, today } = buildCase(wc);
  const rows = buildWorklist(entries, today);
  const row = (id: string) => rows.find((r) => r.patientId === id);

  it(`orders the rows: ${wc.title}`, () => {
    expect(rows.map((r) => r.patientId)).toEqual(wc.expected.order);
    expect(rows.map((r) => r.position)).toEqual(rows.map((_r, i) => i + 1));
  });
  for (const [id, rank] of Object.entries(wc.expected.ranks ?? {}))
    it(`ranks ${id} as ${rank}`, () => expect(row(id)?.rank).toBe(rank));
  for (const [id, state] of Object.entries(wc.expected.states ?? {}))
    it(`shows ${id} as ${state}`, () => expect(row(id)?.reviewState).toBe(state));
  for (const [id, words] of Object.entries(wc.expected.reasonIncludes ?? {}))
    it(`says "${words}" for ${id}`, () => expect(row(id)?.reason).toContain(words));
  for (const id of wc.expected.incomplete ?? [])
    it(`says ${id} could not be fully assessed`, () => expect(row(id)?.incomplete).toBe(true));
  for (const [id, code] of Object.entries(wc.expected.topFinding ?? {}))
    it(`drives ${id} by ${code ?? 'no finding'}`, () => expect(row(id)?.topFinding?.code ?? null).toBe(code));
  it('gives every row one sentence', () => {
    for (const r of rows) expect(r.reason).toMatch(/^[^\n]+\.$/);
  });
  if (process.env.WORKLIST_PROBE)
    it('probe', () => {
      for (const r of rows) console.log(r.position, r.rank, r.patientId, r.reviewState, r.incomplete, r.reason);
    });
});
