import { describe, it, expect, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadUcumConverter, tableConverter, type UnitConverter } from '../../../src/fhir/units';
import { normalizePatientResources } from '../../../src/fhir/normalize';

interface IndexEntry {
  readonly file: string;
  readonly patientId: string;
  readonly birthDate: string;
  readonly gender: string;
  readonly ALT_1742_6: number;
  readonly AST_1920_8: number;
  readonly BILI_1975_2: number;
  readonly counts: Readonly<Record<string, number>>;
}

const dir = resolve(import.meta.dirname, '../../fixtures/synthea');
const index = JSON.parse(readFileSync(resolve(dir, 'index.json'), 'utf8')) as IndexEntry[];

function resources(file: string): unknown[] {
  const bundle = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as { entry?: { resource?: unknown }[] };
  return (bundle.entry ?? []).map((e) => e.resource);
}

let ucum: UnitConverter;
beforeAll(async () => {
  ucum = await loadUcumConverter();
});

describe.each(index)('Synthea patient $patientId', (entry) => {
  it('reads every ALT, AST and total bilirubin as a usable result in its canonical unit', () => {
    const data = normalizePatientResources(resources(entry.file), { units: ucum });
    const of = (a: string) => data.labs.filter((l) => l.analyte === a);
    expect(of('alt')).toHaveLength(entry.ALT_1742_6);
    expect(of('ast')).toHaveLength(entry.AST_1920_8);
    expect(of('bilirubinTotal')).toHaveLength(entry.BILI_1975_2);
    for (const l of [...of('alt'), ...of('ast')]) {
      expect(l).toMatchObject({ usable: true, unit: 'U/L', originalUnit: 'U/L' });
      expect(l.value).toBeGreaterThan(0);
      expect(l.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    for (const l of of('bilirubinTotal')) expect(l).toMatchObject({ usable: true, unit: 'mg/dL' });
  });

  it('reads the patient, every condition, allergy and medication request, with no data notes', () => {
    const data = normalizePatientResources(resources(entry.file), { units: ucum });
    expect(data.patient).toMatchObject({ id: entry.patientId, birthDate: entry.birthDate, sex: entry.gender });
    expect(data.conditions).toHaveLength(entry.counts.Condition ?? 0);
    expect(data.allergies).toHaveLength(entry.counts.AllergyIntolerance ?? 0);
    expect(data.medications).toHaveLength(entry.counts.MedicationRequest ?? 0);
    expect(data.medications.every((m) => !m.unresolved && !m.isRiluzole && m.start !== undefined)).toBe(true);
    expect(data.notes).toEqual([]);
  });

  it('gives the same labs with the table converter as with UCUM', () => {
    const a = normalizePatientResources(resources(entry.file), { units: ucum });
    const b = normalizePatientResources(resources(entry.file), { units: tableConverter });
    expect(b.labs).toEqual(a.labs);
  });
});

describe('Synthea labs of other analytes', () => {
  it('reads weight, BMI and eGFR with their canonical units and flags no usable lab as unrecognised', () => {
    const all = index.flatMap((e) => normalizePatientResources(resources(e.file), { units: tableConverter }).labs);
    const analytes = new Set(all.map((l) => l.analyte));
    expect(analytes.has('weight')).toBe(true);
    expect(
      all.filter((l) => !l.usable).map((l) => `${l.analyte} ${l.originalUnit} ${l.notes.map((n) => n.code).join()}`),
    ).toEqual([]);
  });
});
