/**
 * fast-check arbitraries of ClinicalData for the property tests: mostly plausible records, with
 * a few hostile values (NaN, bad dates, zero limits) mixed in.
 */
import fc from 'fast-check';
import { addDays } from '../../../src/rules/dates';
import type {
  AllergyRecord,
  Analyte,
  ClinicalData,
  CodedObservationRecord,
  Comparator,
  ConditionKind,
  ConditionRecord,
  Dosage,
  LabRecord,
  MedicationRecord,
  NormalRange,
} from '../../../src/rules';
import { AS_OF } from './fixtures';

/** Mostly recent dates, where the windows and the schedule are; some old and a few after asOf. */
const day = fc
  .oneof(
    { weight: 2, arbitrary: fc.integer({ min: -120, max: 0 }) },
    { weight: 4, arbitrary: fc.noBias(fc.integer({ min: -150, max: 0 })) },
    { weight: 2, arbitrary: fc.noBias(fc.integer({ min: -900, max: 20 })) },
  )
  .map((n) => addDays(AS_OF, n));
const badDate = fc.constantFrom('', '2026-13-45', 'soon', '2026', '2026-07');
const maybeDate = fc.oneof(
  { weight: 12, arbitrary: day },
  { weight: 1, arbitrary: badDate },
  { weight: 2, arbitrary: fc.constant(undefined) },
);

/** Typical limit of each analyte; values are drawn as multiples of it. */
const TYPICAL: Record<Analyte, { unit: string; base: number; max: number; limit?: 'high' | 'low' }> = {
  alt: { unit: 'U/L', base: 40, max: 8, limit: 'high' },
  ast: { unit: 'U/L', base: 40, max: 8, limit: 'high' },
  bilirubinTotal: { unit: 'mg/dL', base: 1.2, max: 5, limit: 'high' },
  bilirubinDirect: { unit: 'mg/dL', base: 0.3, max: 4, limit: 'high' },
  alp: { unit: 'U/L', base: 120, max: 4, limit: 'high' },
  ggt: { unit: 'U/L', base: 50, max: 4, limit: 'high' },
  anc: { unit: '10*9/L', base: 1.5, max: 4, limit: 'low' },
  wbc: { unit: '10*9/L', base: 4, max: 3, limit: 'low' },
  neutrophilPct: { unit: '%', base: 60, max: 1.5 },
  egfr: { unit: 'mL/min/{1.73_m2}', base: 60, max: 2 },
  weight: { unit: 'kg', base: 70, max: 1.5 },
  bmi: { unit: 'kg/m2', base: 22, max: 1.5 },
  fvcPct: { unit: '%', base: 50, max: 2.4 },
  temperature: { unit: 'Cel', base: 37, max: 1.1 },
};

export const labAnalytes: readonly Analyte[] = [
  'alt',
  'alt',
  'alt',
  'alt',
  'alt',
  'alt',
  'ast',
  'ast',
  'bilirubinTotal',
  'bilirubinTotal',
  'bilirubinDirect',
  'alp',
  'ggt',
  'anc',
  'wbc',
  'egfr',
  'weight',
  'fvcPct',
  'temperature',
];

const comparator: fc.Arbitrary<Comparator | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom<Comparator>('<', '<=', '>', '>=') },
);

function rangeArb(a: Analyte): fc.Arbitrary<NormalRange[]> {
  const t = TYPICAL[a];
  if (!t.limit) return fc.constant([]);
  const limit = t.limit;
  const v = fc.integer({ min: 50, max: 150 }).map((n) => (n * t.base) / 100);
  const range = (x: number, sex?: 'male' | 'female'): NormalRange =>
    sex ? { hasAppliesTo: true, appliesToSex: sex, [limit]: x } : { hasAppliesTo: false, [limit]: x };
  return fc.oneof(
    { weight: 3, arbitrary: v.map((x): NormalRange[] => [range(x)]) },
    { weight: 1, arbitrary: fc.constant<NormalRange[]>([]) },
    { weight: 1, arbitrary: fc.tuple(v, v).map(([m, f]): NormalRange[] => [range(m, 'male'), range(f, 'female')]) },
    { weight: 1, arbitrary: fc.constant<NormalRange[]>([range(0)]) },
  );
}

export const labArb: fc.Arbitrary<Omit<LabRecord, 'id'>> = fc.constantFrom(...labAnalytes).chain((analyte) => {
  const t = TYPICAL[analyte];
  // fast-check biases numbers to their edges; mix in unbiased values so every tier is reached.
  const value = fc.oneof(
    { weight: 5, arbitrary: fc.double({ min: 0, max: t.base * t.max, noNaN: true }) },
    // fc.double spreads over the bit patterns (mostly tiny numbers): draw thousandths instead.
    {
      weight: 15,
      arbitrary: fc.noBias(fc.integer({ min: 0, max: 1000 })).map((n) => Math.round(n * t.base * t.max) / 1000),
    },
    { weight: 1, arbitrary: fc.constantFrom(Number.NaN, -1, Number.POSITIVE_INFINITY) },
  );
  return fc
    .record({
      date: maybeDate,
      value,
      comparator,
      ranges: rangeArb(analyte),
      usable: fc.constantFrom(true, true, true, true, false),
      status: fc.constantFrom('final', 'amended', 'preliminary'),
    })
    .map((r) => ({
      resourceType: 'Observation' as const,
      analyte,
      display: analyte,
      status: r.status,
      ...(r.date !== undefined ? { date: r.date } : {}),
      value: r.value,
      ...(r.comparator ? { comparator: r.comparator } : {}),
      unit: t.unit,
      originalValue: `${r.comparator ?? ''}${r.value}`,
      originalUnit: t.unit,
      ranges: r.ranges,
      usable: r.usable,
      notes: [],
    }));
});

const dosage: fc.Arbitrary<Dosage[]> = fc.constantFrom<Dosage[]>(
  [{ doseValue: 50, doseUnit: 'mg', frequency: 2, period: 1, periodUnit: 'd' }],
  [{ doseValue: 1, doseUnit: 'tablet', timingCode: 'TID' }],
  [{ text: 'as directed' }],
  [],
);

const medArb: fc.Arbitrary<Omit<MedicationRecord, 'id'>> = fc
  .record({
    riluzole: fc.constantFrom(true, true, false),
    name: fc.constantFrom(
      'Ciprofloxacin 500 MG',
      'Phenytoin 100 MG',
      'Baclofen 10 MG',
      'Atorvastatin 20 MG',
      'Valproic acid',
    ),
    status: fc.constantFrom('active', 'active', 'on-hold', 'completed', 'stopped', 'intended', 'cancelled', 'unknown'),
    intent: fc.constantFrom('order', 'order', 'order', 'plan'),
    start: maybeDate,
    length: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    duration: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined, freq: 5 }),
    validity: fc.option(day, { nil: undefined, freq: 4 }),
    dosage,
    resourceType: fc.constantFrom('MedicationRequest' as const, 'MedicationStatement' as const),
  })
  .map((m) => {
    const display = m.riluzole ? 'Riluzole 50 MG Oral Tablet' : m.name;
    const end =
      m.start && m.length !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(m.start) ? addDays(m.start, m.length) : undefined;
    return {
      resourceType: m.resourceType,
      status: m.status,
      intent: m.intent,
      display,
      names: [display.toLowerCase()],
      codes: [],
      isRiluzole: m.riluzole,
      ...(m.start !== undefined ? { start: m.start } : {}),
      ...(end ? { end } : {}),
      ...(m.duration !== undefined ? { boundsDurationDays: m.duration } : {}),
      ...(m.validity ? { validityEnd: m.validity } : {}),
      dosage: m.dosage,
      unresolved: false,
      notes: [],
    };
  });

const kinds: readonly ConditionKind[] = [
  'als',
  'als',
  'ild',
  'liver-disease',
  'fatty-liver',
  'ckd',
  'pregnancy',
  'breastfeeding',
  'pancreatitis',
];
const conditionArb: fc.Arbitrary<Omit<ConditionRecord, 'id'>> = fc
  .record({
    kind: fc.constantFrom(...kinds),
    counts: fc.constantFrom(true, true, false),
    onset: maybeDate,
    recorded: maybeDate,
  })
  .map((c) => ({
    resourceType: 'Condition' as const,
    display: c.kind,
    kinds: [c.kind],
    matchedByName: false,
    counts: c.counts,
    ...(c.onset ? { onset: c.onset } : {}),
    ...(c.recorded ? { recorded: c.recorded } : {}),
    notes: [],
  }));

const allergyArb: fc.Arbitrary<Omit<AllergyRecord, 'id'>> = fc
  .record({
    isRiluzole: fc.boolean(),
    type: fc.constantFrom(undefined, 'allergy' as const, 'intolerance' as const),
    counts: fc.boolean(),
    recorded: maybeDate,
  })
  .map((a) => ({
    resourceType: 'AllergyIntolerance' as const,
    display: 'allergy',
    isRiluzole: a.isRiluzole,
    counts: a.counts,
    ...(a.type ? { type: a.type } : {}),
    ...(a.recorded ? { recorded: a.recorded } : {}),
    notes: [],
  }));

const codedArb: fc.Arbitrary<Omit<CodedObservationRecord, 'id'>> = fc
  .record({
    kind: fc.constantFrom('smoking' as const, 'pregnancy' as const, 'breastfeeding' as const),
    date: maybeDate,
    positive: fc.constantFrom(true, false, undefined),
    usable: fc.constantFrom(true, true, false),
  })
  .map((o) => ({
    resourceType: 'Observation' as const,
    kind: o.kind,
    display: o.kind,
    status: 'final',
    ...(o.date ? { date: o.date } : {}),
    ...(o.positive !== undefined ? { positive: o.positive } : {}),
    valueText: String(o.positive),
    usable: o.usable,
    notes: [],
  }));

const withIds = <T>(prefix: string, xs: readonly T[]): (T & { id: string })[] =>
  xs.map((x, i) => ({ ...x, id: `${prefix}-${i}` }));

export const clinicalDataArb: fc.Arbitrary<ClinicalData> = fc
  .record({
    birthDate: fc.constantFrom(undefined, '1955-03-01', '1980-12-31', '2010-06-15', 'not a date'),
    sex: fc.constantFrom(undefined, 'male', 'female'),
    labs: fc.array(labArb, { maxLength: 16, size: 'medium' }),
    meds: fc.array(medArb, { maxLength: 4 }),
    conditions: fc.array(conditionArb, { maxLength: 3 }),
    allergies: fc.oneof(
      { weight: 6, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.array(allergyArb, { minLength: 1, maxLength: 1 }) },
    ),
    coded: fc.array(codedArb, { maxLength: 2 }),
  })
  .map((r) => ({
    patient: { id: 'p', ...(r.birthDate ? { birthDate: r.birthDate } : {}), ...(r.sex ? { sex: r.sex } : {}) },
    labs: withIds('lab', r.labs),
    medications: withIds('med', r.meds),
    conditions: withIds('cond', r.conditions),
    allergies: withIds('allergy', r.allergies),
    coded: withIds('coded', r.coded),
    notes: [],
  }));
