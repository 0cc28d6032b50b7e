/**
 * Synthetic ALS clinic patients for the benchmarks (bench:rules, bench:worklist): a Patient, an ALS
 * Condition, 5 years of monthly ALT, AST and total bilirubin (180 Observations) and 10
 * MedicationRequests (riluzole by reference to a Medication, the rest inline). Seeded: the same
 * data on every run.
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const TYPES = ['Patient', 'Condition', 'Medication', 'MedicationRequest', 'Observation'] as const;

const LOINC = 'http://loinc.org';
const UCUM = 'http://unitsofmeasure.org';
const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
const LABS = [
  {
    code: '1742-6',
    name: 'Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma',
    unit: 'U/L',
    low: 8,
    high: 40,
    max: 70,
  },
  {
    code: '1920-8',
    name: 'Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma',
    unit: 'U/L',
    low: 10,
    high: 40,
    max: 60,
  },
  {
    code: '1975-2',
    name: 'Bilirubin.total [Mass/volume] in Serum or Plasma',
    unit: 'mg/dL',
    low: 0.2,
    high: 1.2,
    max: 1.6,
  },
] as const;
const OTHER_MEDS = [
  ['197361', 'Amlodipine 5 MG Oral Tablet'],
  ['310798', 'Hydrochlorothiazide 25 MG Oral Tablet'],
  ['314076', 'Lisinopril 10 MG Oral Tablet'],
  ['617314', 'Atorvastatin 10 MG Oral Tablet'],
  ['312938', 'Sertraline 50 MG Oral Tablet'],
  ['198211', 'Simvastatin 40 MG Oral Tablet'],
  ['860975', 'Metformin 500 MG Oral Tablet'],
  ['313782', 'Acetaminophen 325 MG Oral Tablet'],
  ['197319', 'Baclofen 10 MG Oral Tablet'],
] as const;

/** A small seeded generator (mulberry32): the same files on every run. */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function monthDate(start: Date, months: number, day: number): string {
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, day)).toISOString().slice(0, 10);
}

export function patientLines(index: number, next: () => number): Record<(typeof TYPES)[number], string[]> {
  const id = `bench-${String(index).padStart(6, '0')}`;
  const subject = { reference: `Patient/${id}` };
  const start = new Date(Date.UTC(2021, 10, 1));
  const out: Record<(typeof TYPES)[number], string[]> = {
    Patient: [],
    Condition: [],
    Medication: [],
    MedicationRequest: [],
    Observation: [],
  };
  const push = (type: (typeof TYPES)[number], resource: object): void =>
    void out[type].push(JSON.stringify({ resourceType: type, ...resource }));
  push('Patient', {
    id,
    gender: index % 2 ? 'male' : 'female',
    birthDate: `19${50 + (index % 40)}-0${1 + (index % 9)}-1${index % 10}`,
    name: [{ family: `Bench${index}`, given: ['Pat'] }],
  });
  push('Condition', {
    id: `${id}-als`,
    subject,
    onsetDateTime: '2021-06-01',
    recordedDate: '2021-06-10',
    clinicalStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-clinical', code: 'active' }],
    },
    verificationStatus: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status', code: 'confirmed' }],
    },
    code: {
      coding: [
        { system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'G12.21', display: 'Amyotrophic lateral sclerosis' },
      ],
    },
  });
  for (let month = 0; month < 60; month += 1) {
    const date = monthDate(start, month, 15);
    for (const lab of LABS) {
      const value = Math.round((lab.low + next() * (lab.max - lab.low)) * 10) / 10;
      const quantity = (v: number): object => ({ value: v, unit: lab.unit, system: UCUM, code: lab.unit });
      push('Observation', {
        id: `${id}-${lab.code}-${month}`,
        status: 'final',
        subject,
        category: [
          { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] },
        ],
        code: { coding: [{ system: LOINC, code: lab.code, display: lab.name }], text: lab.name },
        effectiveDateTime: `${date}T09:30:00+01:00`,
        issued: `${date}T14:02:11.000+01:00`,
        valueQuantity: quantity(value),
        referenceRange: [{ low: quantity(lab.low), high: quantity(lab.high) }],
      });
    }
  }
  const dose = (text: string, frequency: number): object[] => [
    {
      text,
      timing: { repeat: { frequency, period: 1, periodUnit: 'd' } },
      doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablet' } }],
    },
  ];
  push('MedicationRequest', {
    id: `${id}-rx-0`,
    status: 'active',
    intent: 'order',
    subject,
    authoredOn: '2021-11-01',
    medicationReference: { reference: 'Medication/riluzole-50' },
    dosageInstruction: dose('50 mg twice daily', 2),
  });
  OTHER_MEDS.forEach(([code, display], n) => {
    push('MedicationRequest', {
      id: `${id}-rx-${n + 1}`,
      status: n % 3 ? 'active' : 'stopped',
      intent: 'order',
      subject,
      authoredOn: monthDate(start, n * 6, 3),
      medicationCodeableConcept: { coding: [{ system: RXNORM, code, display }], text: display },
      dosageInstruction: dose('once daily', 1),
    });
  });
  return out;
}

export function generate(dir: string, patients: number): number {
  const fds = Object.fromEntries(TYPES.map((type) => [type, openSync(join(dir, `${type}.ndjson`), 'w')]));
  const write = (type: (typeof TYPES)[number], lines: readonly string[]): void => {
    if (lines.length > 0) writeSync(fds[type] as number, `${lines.join('\n')}\n`);
  };
  write('Medication', [RILUZOLE_MEDICATION_LINE]);
  const next = random(20261101);
  for (let i = 1; i <= patients; i += 1) {
    const lines = patientLines(i, next);
    for (const type of TYPES) write(type, lines[type]);
  }
  for (const fd of Object.values(fds)) closeSync(fd as number);
  return TYPES.reduce((sum, type) => sum + statSync(join(dir, `${type}.ndjson`)).size, 0);
}

/** The shared Medication the riluzole orders reference. */
export const RILUZOLE_MEDICATION_LINE = JSON.stringify({
  resourceType: 'Medication',
  id: 'riluzole-50',
  code: { coding: [{ system: RXNORM, code: '199206', display: 'riluzole 50 MG Oral Tablet' }] },
});
