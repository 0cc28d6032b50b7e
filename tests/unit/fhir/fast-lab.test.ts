/**
 * The fast lab path (src/fhir/normalize/fast-lab.ts) must give exactly the reference path's items:
 * compared as JSON (values and key order) on every resource of every case file, on a generated
 * bulk export, and on lab Observations mutated at random.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeResource, normalizeResourceFast } from '../../../src/fhir/normalize';
import { fastLabItems } from '../../../src/fhir/normalize/fast-lab';
import { loadUcumConverter, tableConverter, type UnitConverter } from '../../../src/fhir/units';
import { patientLines, random } from '../../bench/synthetic-patients';
import { ALL_CASES } from '../../cases';
import { CASE_AS_OF } from '../../cases/case';

const ucum = await loadUcumConverter();
const CONVERTERS: readonly [string, UnitConverter][] = [
  ['UCUM', ucum],
  ['table', tableConverter],
];

const same = (resource: unknown, units: UnitConverter): void => {
  const ctx = { units };
  expect(JSON.stringify(normalizeResourceFast(resource, ctx))).toBe(JSON.stringify(normalizeResource(resource, ctx)));
};

/** The resources of a case, Bundles unwrapped (the fast path sees what the CLI hands it). */
function flatten(resources: readonly unknown[]): unknown[] {
  return resources.flatMap((r) => {
    const entries = (r as { resourceType?: unknown; entry?: { resource?: unknown }[] }).entry;
    return (r as { resourceType?: unknown }).resourceType === 'Bundle' && Array.isArray(entries)
      ? flatten(entries.map((e) => e.resource))
      : [r];
  });
}

const syntheticObservations = (patients: number): Record<string, unknown>[] => {
  const next = random(7);
  const out: Record<string, unknown>[] = [];
  for (let i = 1; i <= patients; i += 1) {
    for (const line of patientLines(i, next).Observation) out.push(JSON.parse(line) as Record<string, unknown>);
  }
  return out;
};

describe.each(CONVERTERS)('fast lab path with the %s converter', (_name, units) => {
  it('gives the reference items for every resource of every case file', () => {
    let fast = 0;
    for (const c of ALL_CASES) {
      for (const resource of flatten(c.build(CASE_AS_OF).resources)) {
        same(resource, units);
        if (typeof resource === 'object' && resource !== null && fastLabItems(resource as never, units)) fast += 1;
      }
    }
    // Not vacuous: the case files' plain lab results do take the fast path.
    expect(fast).toBeGreaterThan(100);
  });

  it('gives the reference items for a generated bulk export, all through the fast path', () => {
    const observations = syntheticObservations(20);
    for (const o of observations) same(o, units);
    expect(observations.filter((o) => fastLabItems(o, units) !== undefined)).toHaveLength(observations.length);
  });
});

/** A field of a lab Observation (top level, its quantity, its range, its coding) replaced by arbitrary JSON. */
const base = syntheticObservations(1)[0] as Record<string, unknown>;
const PATHS = [
  ['id'],
  ['status'],
  ['subject'],
  ['subject', 'reference'],
  ['code'],
  ['code', 'coding'],
  ['effectiveDateTime'],
  ['dataAbsentReason'],
  ['valueQuantity'],
  ['valueQuantity', 'value'],
  ['valueQuantity', 'unit'],
  ['valueQuantity', 'code'],
  ['valueQuantity', 'system'],
  ['valueQuantity', 'comparator'],
  ['referenceRange'],
  ['referenceRange', '0'],
  ['referenceRange', '0', 'low'],
  ['referenceRange', '0', 'high', 'value'],
  ['referenceRange', '0', 'high', 'unit'],
  ['referenceRange', '0', 'low', 'code'],
  ['referenceRange', '0', 'text'],
  ['referenceRange', '0', 'type'],
  ['referenceRange', '1'],
] as const;

function mutate(path: readonly string[], value: unknown): unknown {
  const copy = structuredClone(base);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1] as string] = value;
  return copy;
}

const VALUES = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('U/L', 'mg/dL', 'umol/L', 'ukat/L', '[IU]/L', ' U/L ', '', 'http://unitsofmeasure.org', 'final'),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.record({ value: fc.oneof(fc.integer(), fc.double()), unit: fc.constantFrom('U/L', 'mg/dL', 'umol/L', 'g') }),
);

it('gives the reference items for mutated lab Observations (property)', () => {
  fc.assert(
    fc.property(fc.constantFrom(...PATHS), VALUES, fc.constantFrom(...CONVERTERS), (path, value, [, units]) => {
      same(mutate(path, value), units);
    }),
    { seed: 11, numRuns: 2000 },
  );
});
