/**
 * Small typed builders of domain records for the rules tests (no FHIR here).
 */
import { assessRiluzole } from '../../../src/rules';
import type {
  AllergyRecord,
  Analyte,
  Assessment,
  ClinicalData,
  CodedKind,
  CodedObservationRecord,
  Comparator,
  ConditionKind,
  ConditionRecord,
  Dosage,
  Finding,
  FindingCode,
  LabRecord,
  MedicationRecord,
  NormalRange,
  PatientRecord,
  Policy,
  Settings,
} from '../../../src/rules';

export const AS_OF = '2026-11-25';

const CANONICAL: Record<Analyte, string> = {
  alt: 'U/L',
  ast: 'U/L',
  bilirubinTotal: 'mg/dL',
  bilirubinDirect: 'mg/dL',
  alp: 'U/L',
  ggt: 'U/L',
  anc: '10*9/L',
  wbc: '10*9/L',
  neutrophilPct: '%',
  egfr: 'mL/min/{1.73_m2}',
  weight: 'kg',
  bmi: 'kg/m2',
  fvcPct: '%',
  temperature: 'Cel',
};

let seq = 0;
const nextId = (prefix: string): string => `${prefix}-${++seq}`;

export const patient = (over: Partial<PatientRecord> = {}): PatientRecord => ({
  id: 'pat-1',
  birthDate: '1960-05-01',
  sex: 'male',
  ...over,
});

/** A range in the canonical unit; `null` range = the result carries none. */
export function lab(
  analyte: Analyte,
  date: string,
  value: number,
  range: Partial<NormalRange> | null = null,
  over: Partial<LabRecord> & { comparator?: Comparator } = {},
): LabRecord {
  const ranges: NormalRange[] = range ? [{ hasAppliesTo: false, ...range }] : [];
  return {
    resourceType: 'Observation',
    id: nextId(`${analyte}-${date}`),
    analyte,
    display: analyte.toUpperCase(),
    status: 'final',
    date,
    value,
    unit: CANONICAL[analyte],
    originalValue: `${over.comparator ?? ''}${value}`,
    originalUnit: CANONICAL[analyte],
    ranges,
    usable: true,
    notes: [],
    ...over,
  };
}

/** ALT with the lab's ULN of 40 U/L. */
export const alt = (date: string, value: number, over: Partial<LabRecord> = {}): LabRecord =>
  lab('alt', date, value, { high: 40 }, over);
export const ast = (date: string, value: number, over: Partial<LabRecord> = {}): LabRecord =>
  lab('ast', date, value, { high: 40 }, over);
export const bili = (date: string, value: number): LabRecord => lab('bilirubinTotal', date, value, { high: 1.2 });

export interface MedOptions {
  readonly start?: string;
  readonly end?: string;
  readonly status?: string;
  readonly intent?: string;
  readonly dosage?: readonly Dosage[];
  readonly boundsDurationDays?: number;
  readonly validityEnd?: string;
  readonly resourceType?: MedicationRecord['resourceType'];
  readonly id?: string;
}

/** 50 mg twice a day. */
export const BID_50: readonly Dosage[] = [{ doseValue: 50, doseUnit: 'mg', frequency: 2, period: 1, periodUnit: 'd' }];

export function riluzole(o: MedOptions = {}): MedicationRecord {
  return med('Riluzole 50 MG Oral Tablet', { dosage: BID_50, ...o }, true);
}

export function med(name: string, o: MedOptions = {}, isRiluzole = false): MedicationRecord {
  return {
    resourceType: o.resourceType ?? 'MedicationRequest',
    id: o.id ?? nextId('med'),
    status: o.status ?? 'active',
    intent: o.intent ?? 'order',
    display: name,
    names: [name.toLowerCase()],
    codes: [],
    isRiluzole,
    ...(o.start ? { start: o.start } : {}),
    ...(o.end ? { end: o.end } : {}),
    ...(o.boundsDurationDays !== undefined ? { boundsDurationDays: o.boundsDurationDays } : {}),
    ...(o.validityEnd ? { validityEnd: o.validityEnd } : {}),
    dosage: o.dosage ?? [],
    unresolved: false,
    notes: [],
  };
}

export function condition(kind: ConditionKind, o: Partial<ConditionRecord> = {}): ConditionRecord {
  return {
    resourceType: 'Condition',
    id: nextId(`cond-${kind}`),
    display: kind,
    kinds: [kind],
    matchedByName: false,
    counts: true,
    notes: [],
    ...o,
  };
}

export const als = (): ConditionRecord =>
  condition('als', { display: 'Amyotrophic lateral sclerosis', onset: '2026-01-10' });

export function allergy(o: Partial<AllergyRecord> = {}): AllergyRecord {
  return {
    resourceType: 'AllergyIntolerance',
    id: nextId('allergy'),
    display: 'Riluzole',
    isRiluzole: true,
    counts: true,
    notes: [],
    ...o,
  };
}

export function coded(
  kind: CodedKind,
  date: string,
  positive: boolean | undefined,
  valueText = String(positive),
): CodedObservationRecord {
  return {
    resourceType: 'Observation',
    id: nextId(kind),
    kind,
    display: kind,
    status: 'final',
    date,
    valueText,
    usable: true,
    notes: [],
    ...(positive !== undefined ? { positive } : {}),
  };
}

export interface DataParts {
  readonly patient?: PatientRecord;
  readonly labs?: readonly LabRecord[];
  readonly coded?: readonly CodedObservationRecord[];
  readonly meds?: readonly MedicationRecord[];
  readonly conditions?: readonly ConditionRecord[];
  readonly allergies?: readonly AllergyRecord[];
}

/** ClinicalData; ALS is documented unless `conditions` is given. */
export function data(p: DataParts = {}): ClinicalData {
  return {
    patient: p.patient ?? patient(),
    labs: p.labs ?? [],
    coded: p.coded ?? [],
    medications: p.meds ?? [],
    conditions: p.conditions ?? [als()],
    allergies: p.allergies ?? [],
    notes: [],
  };
}

export function assess(d: ClinicalData, policy: Policy = 'us', asOf = AS_OF, settings?: Settings): Assessment {
  return assessRiluzole(d, { asOf, policy, ...(settings ? { settings } : {}) });
}

export function finding(a: Assessment, code: FindingCode): Finding | undefined {
  return a.findings.find((f) => f.code === code);
}

export function codes(a: Assessment): FindingCode[] {
  return a.findings.map((f) => f.code);
}

export function noteCodes(a: Assessment): string[] {
  return a.dataNotes.map((n) => n.code);
}
