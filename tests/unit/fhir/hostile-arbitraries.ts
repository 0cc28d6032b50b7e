/**
 * fast-check arbitraries of hostile FHIR records for the normaliser half of issue 8: patients
 * whose only ALT is malformed (every key of Object.prototype as comparator, unit, code, system
 * and period unit; dates of every wrong shape; unreadable values and statuses), about another
 * subject, or carrying an implausible reference range.
 */
import fc from 'fast-check';
import { addDays } from '../../../src/rules/dates';
import { AS_OF } from '../rules/fixtures';

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const ALT_DISPLAY = 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma';

/** Every key an object literal inherits, plus `__proto__`, as records might spell them. */
export const PROTOTYPE_KEYS: readonly string[] = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];
const protoKey = fc
  .tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom('as is', 'upper', 'capital', 'spaced', 'padded'))
  .map(([k, how]) => {
    switch (how) {
      case 'as is':
        return k;
      case 'upper':
        return k.toUpperCase();
      case 'capital':
        return k.charAt(0).toUpperCase() + k.slice(1);
      case 'spaced':
        return k.split('').join(' ');
      case 'padded':
        return ` ${k} `;
    }
  });

/** A good date in [asOf − back, asOf − fwd]. */
const dayBetween = (back: number, fwd: number) => fc.integer({ min: fwd, max: back }).map((n) => addDays(AS_OF, -n));

/** Dates of every wrong shape: trailing text, a bad time or zone, impossible days, non-strings. */
const wrongDate: fc.Arbitrary<unknown> = fc.oneof(
  dayBetween(60, 1).chain((d) =>
    fc
      .oneof(
        fc.constantFrom('9', 'garbage', 'T', 'T09:30', 'T09:30:00', 'T25:00:00Z', 'T09:30:00+15:00', ' ', 'Z', '/x'),
        fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^T\d\d:\d\d:\d\d/.test(s)),
      )
      .map((tail) => `${d}${tail}`),
  ),
  dayBetween(60, 1).map((d) => ` ${d}`),
  dayBetween(60, 1).map((d) => d.replace(/-/g, '')),
  dayBetween(60, 1)
    .filter((d) => d.includes('-0'))
    .map((d) => d.replace(/-0/g, '-')),
  fc.constantFrom('2026-02-29', '2026-04-31', '2026-11-00', '2026-13-01', '0000-01-01', '+2026-11-20', 'today', ''),
  protoKey,
  fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant({ a: 1 })),
);

/** A well-formed ALT of 20 U/L (range 7–40) dated `date`: the control that would reassure. */
export function goodAlt(date: string): Record<string, unknown> {
  return {
    resourceType: 'Observation',
    id: 'alt-1',
    status: 'final',
    code: { coding: [{ system: LOINC, code: '1742-6', display: ALT_DISPLAY }] },
    subject: { reference: 'Patient/p1' },
    effectiveDateTime: `${date}T09:30:00+01:00`,
    valueQuantity: { value: 20, unit: 'U/L', system: UCUM, code: 'U/L' },
    referenceRange: [{ low: { value: 7, unit: 'U/L' }, high: { value: 40, unit: 'U/L' } }],
  };
}

/** How the only ALT goes wrong, and the mutation that does it. */
export type Hostility = 'malformed' | 'foreign' | 'implausible';
type Mutation = (alt: Record<string, unknown>) => Record<string, unknown>;
const quantity = (alt: Record<string, unknown>): Record<string, unknown> =>
  alt.valueQuantity as Record<string, unknown>;

const malformed: fc.Arbitrary<Mutation> = fc.oneof(
  fc
    .oneof(
      protoKey,
      fc.string({ maxLength: 3 }).filter((s) => !['<', '<=', '>', '>=', ''].includes(s)),
    )
    .map((comparator): Mutation => (a) => ({ ...a, valueQuantity: { ...quantity(a), comparator } })),
  fc
    .tuple(protoKey, fc.constantFrom(UCUM, undefined))
    .map(([u, system]): Mutation => (a) => ({ ...a, valueQuantity: { value: 20, unit: u, code: u, system } })),
  protoKey.map((code): Mutation => (a) => ({ ...a, code: { coding: [{ system: LOINC, code }] } })),
  protoKey.map((system): Mutation => (a) => ({ ...a, code: { coding: [{ system, code: '1742-6' }] } })),
  fc.tuple(wrongDate, fc.boolean()).map(([d, issued]): Mutation => (a) => ({
    ...a,
    effectiveDateTime: d,
    ...(issued ? { issued: `${addDays(AS_OF, -2)}T00:00:00Z` } : {}),
  })),
  fc
    .oneof(protoKey, fc.constantFrom('entered-in-error', 'cancelled', 'registered', 'unknown', '', 'FINAL'))
    .map((status): Mutation => (a) => ({ ...a, status })),
  fc
    .oneof(
      fc.constantFrom<unknown>('20', null, true, [20], { value: 20 }),
      protoKey.map((k): unknown => k),
    )
    .map((value): Mutation => (a) => ({ ...a, valueQuantity: { ...quantity(a), value } })),
  fc
    .oneof(fc.constantFrom('twenty', '20-30', '1,2', 'see note', '', '<'), protoKey)
    .map((valueString): Mutation => (a) => ({ ...a, valueQuantity: undefined, valueString })),
  fc.constant<Mutation>((a) => ({ ...a, dataAbsentReason: { text: 'not done' } })),
);

const foreign: fc.Arbitrary<Mutation> = fc
  .oneof(
    fc.constantFrom('Group', 'Device', 'Location', 'Practitioner', 'Medication').map((t) => ({ reference: `${t}/x1` })),
    fc.constantFrom('Group', 'Device', 'Location').map((t) => ({ reference: `https://ehr.example/fhir/${t}/x1` })),
    fc.constant({ reference: 'urn:uuid:4b1c5d2e-0000-4000-8000-000000000001', type: 'Group' }),
    fc.constant({ reference: 'Patient/p2' }),
    fc.constant({ reference: 'https://ehr.example/fhir/Patient/p2/_history/1' }),
    protoKey.map((k) => ({ reference: k })),
    protoKey.map((k) => ({ reference: `Patient/p1`, type: k })),
  )
  .map((subject): Mutation => (a) => ({ ...a, subject }));

/** An ALT above 5× the default ULN that a lab "ULN" far above 4× the default would call normal. */
const implausible: fc.Arbitrary<Mutation> = fc
  .tuple(fc.integer({ min: 201, max: 100_000 }), fc.integer({ min: 161, max: 10_000_000 }), fc.boolean())
  .map(([value, high, asText]): Mutation => (a) => ({
    ...a,
    valueQuantity: { ...quantity(a), value },
    referenceRange: [
      asText ? { text: `0-${Math.max(high, value)} U/L` } : { high: { value: Math.max(high, value), unit: 'U/L' } },
    ],
  }));

export interface HostilePatient {
  readonly onRiluzole: boolean;
  readonly hostility: Hostility;
  /** The patient with a good ALT instead (the control). */
  readonly control: readonly unknown[];
  /** The same patient whose only ALT is hostile. */
  readonly resources: readonly unknown[];
}

/** A patient (ALS documented, adult, maybe on riluzole) whose only ALT is hostile. */
export const hostilePatientArb: fc.Arbitrary<HostilePatient> = fc
  .record({
    onRiluzole: fc.boolean(),
    startDaysAgo: fc.integer({ min: 10, max: 400 }),
    altDaysAgo: fc.integer({ min: 0, max: 9 }),
    gender: fc.constantFrom('male', 'female', 'unknown'),
    periodUnit: fc.oneof({ weight: 3, arbitrary: fc.constant('d') }, { weight: 1, arbitrary: protoKey }),
    hostile: fc.oneof(
      { weight: 6, arbitrary: malformed.map((mutate) => ({ hostility: 'malformed' as Hostility, mutate })) },
      { weight: 2, arbitrary: foreign.map((mutate) => ({ hostility: 'foreign' as Hostility, mutate })) },
      { weight: 2, arbitrary: implausible.map((mutate) => ({ hostility: 'implausible' as Hostility, mutate })) },
    ),
  })
  .map(({ onRiluzole, startDaysAgo, altDaysAgo, gender, periodUnit, hostile }) => {
    const { hostility, mutate } = hostile;
    const start = addDays(AS_OF, -startDaysAgo);
    const base: unknown[] = [
      { resourceType: 'Patient', id: 'p1', gender, birthDate: '1956-05-04' },
      {
        resourceType: 'Condition',
        id: 'als',
        subject: { reference: 'Patient/p1' },
        clinicalStatus: { coding: [{ code: 'active' }] },
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'G12.21' }] },
      },
    ];
    if (onRiluzole) {
      base.push({
        resourceType: 'MedicationRequest',
        id: 'mr1',
        status: 'active',
        intent: 'order',
        subject: { reference: 'Patient/p1' },
        medicationCodeableConcept: {
          coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '199206' }],
        },
        authoredOn: start,
        dosageInstruction: [
          {
            doseAndRate: [{ doseQuantity: { value: 50, unit: 'mg' } }],
            timing: { repeat: { frequency: 2, period: 1, periodUnit } },
          },
        ],
      });
    }
    // On riluzole the ALT follows the start (an on-treatment result); otherwise it is a baseline.
    const altDate = addDays(AS_OF, -Math.min(altDaysAgo, startDaysAgo - 1));
    const alt = goodAlt(altDate);
    return { onRiluzole, hostility, control: [...base, alt], resources: [...base, mutate(alt)] };
  });
