import { describe, expect, it } from 'vitest';
import { Collector } from '../../../src/cli/collector';
import { spillAfter } from '../../../src/cli/run';
import { StringPool } from '../../../src/cli/string-pool';
import type { FhirObject } from '../../../src/cli/sourced-resource';
import { tableConverter } from '../../../src/fhir/units';
import { altObservation, AdaPatient, BenPatient, RiluzoleMedication } from './fixtures';

const add = (collector: Collector, file: string, ...resources: object[]): void => {
  for (const resource of resources) collector.add({ resource: resource as FhirObject, source: file, file });
};
const noSubject = (id: string): object => ({ ...altObservation('x', id, '2026-05-01', 30), subject: undefined });
/** Each patient's record ids, through the store's own ordered output. */
async function grouped(collector: Collector): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  await collector.groups.emitInOrder(
    (id, items) => JSON.stringify([id, items.map((item) => ('record' in item ? item.record.id : item.type))]),
    async (line) => {
      const [id, ids] = JSON.parse(line) as [string, string[]];
      out[id] = ids;
    },
  );
  return out;
}

describe('Collector', () => {
  it.each([
    ['in memory', Number.POSITIVE_INFINITY],
    ['spilled to temp files', 1],
  ])('groups records by patient, %s, and keeps Medication summaries by id', async (_, spillAfter) => {
    const collector = new Collector(tableConverter, spillAfter);
    add(
      collector,
      'Observation.ndjson',
      altObservation('ben', 'b1', '2026-05-01', 30),
      altObservation('ada', 'a1', '2026-05-01', 30),
    );
    add(collector, 'Medication.ndjson', RiluzoleMedication);
    add(collector, 'Observation.ndjson', altObservation('ada', 'a2', '2026-05-02', 30));
    expect(collector.finish()).toEqual([]);
    expect(collector.groups.spilled).toBe(spillAfter === 1);
    expect(await grouped(collector)).toEqual({ ada: ['a1', 'a2'], ben: ['b1'] });
    expect([...collector.medications.keys()]).toEqual(['rilu-50']);
  });

  it("gives a record that names no patient to its file's one patient", async () => {
    const collector = new Collector(tableConverter);
    add(collector, 'ada.json', noSubject('o1'), AdaPatient);
    add(collector, 'ben.json', BenPatient, noSubject('o2'));
    expect(collector.finish()).toEqual([]);
    expect(await grouped(collector)).toEqual({ ada: ['ada', 'o1'], ben: ['ben', 'o2'] });
  });

  it("gives it to the input's one patient, else leaves it out with a warning", async () => {
    const single = new Collector(tableConverter);
    add(single, 'labs.json', noSubject('o1'));
    add(single, 'ada.json', AdaPatient);
    expect(single.finish()).toEqual([]);
    expect(await grouped(single)).toEqual({ ada: ['ada', 'o1'] });

    const two = new Collector(tableConverter);
    add(two, 'both.json', AdaPatient, BenPatient, noSubject('o1'));
    expect(two.finish()).toEqual(['both.json: 1 record(s) name no patient and were left out']);
  });
});

describe('StringPool', () => {
  it('swaps strings for equal pooled ones and shares empty lists, leaving ids and values alone', () => {
    const pool = new StringPool();
    const a = { id: 'x1', status: 'final'.slice(0), notes: [] as string[], ranges: [{ text: 'a' }], value: 3 };
    const b = { id: 'x2', status: 'fin' + 'al', notes: [] as string[], ranges: [], value: 4 };
    pool.compact(a);
    pool.compact(b);
    expect(b).toEqual({ id: 'x2', status: 'final', notes: [], ranges: [], value: 4 });
    expect(a.notes).toBe(b.notes);
    expect(Object.isFrozen(b.notes)).toBe(true);
    expect(a).toEqual({ id: 'x1', status: 'final', notes: [], ranges: [{ text: 'a' }], value: 3 });
  });

  it('stops growing at its bound', () => {
    const pool = new StringPool(40, 1);
    expect(pool.intern('a')).toBe('a');
    expect(pool.intern('b')).toBe('b');
  });
});

describe('spillAfter', () => {
  it('reads ASSESS_SPILL_AFTER, else keeps the default', () => {
    expect(spillAfter({ ASSESS_SPILL_AFTER: '5' })).toBe(5);
    expect(spillAfter({ ASSESS_SPILL_AFTER: '' })).toBe(100_000);
    expect(spillAfter({ ASSESS_SPILL_AFTER: 'lots' })).toBe(100_000);
    expect(spillAfter({})).toBe(100_000);
  });
});
