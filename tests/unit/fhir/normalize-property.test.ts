import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizePatientResources, normalizeResource, type NormalizedItem } from '../../../src/fhir/normalize';
import { tableConverter } from '../../../src/fhir/units';
import { altObservation, ctx } from './fixtures';

const RUN = { seed: 42, numRuns: 300 };
const TYPES = [
  'Observation',
  'MedicationRequest',
  'MedicationStatement',
  'Medication',
  'Condition',
  'AllergyIntolerance',
  'Patient',
];

/** True when a reader threw and the safety net in normalizeResource caught it. */
const caught = (items: readonly NormalizedItem[]): boolean =>
  items.some((i) => i.type === 'note' && i.note.detail.startsWith('A resource could not be read'));

const medicationRequest = {
  resourceType: 'MedicationRequest',
  id: 'mr',
  status: 'active',
  intent: 'order',
  subject: { reference: 'Patient/p1' },
  medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '199206' }] },
  authoredOn: '2026-01-01',
  dosageInstruction: [
    {
      doseAndRate: [{ doseQuantity: { value: 50, unit: 'mg' } }],
      timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd' } },
    },
  ],
};

/** A valid resource with one field (at any depth of the top level) replaced by arbitrary JSON. */
const mutated = (base: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .tuple(
      fc.constantFrom(
        ...Object.keys(base),
        'valueString',
        'component',
        'referenceRange',
        'contained',
        'medicationReference',
      ),
      fc.jsonValue(),
    )
    .map(([key, value]) => ({ ...base, [key]: value }));

describe('normaliser properties', () => {
  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        expect(caught(normalizeResource(v, ctx))).toBe(false);
        normalizePatientResources([v], ctx);
      }),
      RUN,
    );
  });

  it('never throws on objects of a handled type with arbitrary fields', () => {
    const resource = fc
      .record({ resourceType: fc.constantFrom(...TYPES), id: fc.string() })
      .chain((head) =>
        fc
          .dictionary(
            fc.constantFrom(
              'code',
              'subject',
              'status',
              'valueQuantity',
              'valueString',
              'effectiveDateTime',
              'referenceRange',
              'component',
              'medicationReference',
              'dosageInstruction',
              'ingredient',
              'clinicalStatus',
              'name',
              'contained',
            ),
            fc.jsonValue(),
          )
          .map((rest) => ({ ...rest, ...head })),
      );
    fc.assert(
      fc.property(resource, (r) => {
        expect(caught(normalizeResource(r, ctx))).toBe(false);
      }),
      RUN,
    );
  });

  it('never throws on mutated valid Observations and MedicationRequests', () => {
    const base = altObservation({
      referenceRange: [{ low: { value: 7, unit: 'U/L' }, high: { value: 40, unit: 'U/L' } }],
    }) as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(fc.oneof(mutated(base), mutated(medicationRequest)), (r) => {
        expect(caught(normalizeResource(r, ctx))).toBe(false);
        normalizePatientResources([r, r], ctx);
      }),
      RUN,
    );
  });

  it('never makes a usable number of a garbage value or unit', () => {
    const garbageUnit = fc.string().map((s) => `zz${s}`);
    const garbageValue = fc.oneof(fc.string(), fc.boolean(), fc.constant(null), fc.array(fc.integer()), fc.object());
    const garbageString = fc.string().filter((s) => !/^\s*(<=|>=|=<|=>|<|>|≤|≥)?\s*[+-]?(\d|\.\d)/.test(s));
    const obs = fc.oneof(
      fc.tuple(fc.double(), garbageUnit).map(([value, unit]) => altObservation({ valueQuantity: { value, unit } })),
      garbageValue.map((value) => ({ ...altObservation(), valueQuantity: { value, unit: 'U/L' } })),
      garbageString.map((valueString) => altObservation({ valueQuantity: undefined, valueString })),
    );
    fc.assert(
      fc.property(obs, (o) => {
        for (const item of normalizeResource(o, { units: tableConverter })) {
          if (item.type === 'lab') expect(item.record.usable && item.record.value !== undefined).toBe(false);
        }
      }),
      RUN,
    );
  });
});
