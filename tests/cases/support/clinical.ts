/** Patient, Condition and AllergyIntolerance builders, and the usual ALS background of a case. */
import type {
  AllergyIntolerance,
  CodeableConcept,
  Condition,
  Observation,
  Patient,
  Resource,
} from '@medplum/fhirtypes';
import { daysBefore } from '../dates';
import { DX, RXNORM, type Concept } from './codes';
import { fvc, weight } from './labs';

export interface PatientOptions {
  /** "Given Family" (the last word is the family name). */
  readonly name: string;
  readonly birthDate: string;
  readonly gender: Patient['gender'];
  /** A medical record number; default derived from the id. */
  readonly mrn?: string;
}

export function patient(id: string, opts: PatientOptions): Patient {
  const words = opts.name.trim().split(/\s+/);
  const family = words.pop() ?? opts.name;
  return {
    resourceType: 'Patient',
    id,
    identifier: [{ system: 'urn:oid:2.16.840.1.113883.3.9999.1', value: opts.mrn ?? `MRN-${id}` }],
    active: true,
    name: [{ use: 'official', family, given: words, text: opts.name }],
    gender: opts.gender,
    birthDate: opts.birthDate,
  };
}

export interface ConditionOptions {
  readonly onset?: string;
  readonly recorded?: string;
  readonly clinicalStatus?: 'active' | 'recurrence' | 'relapse' | 'inactive' | 'remission' | 'resolved';
  readonly verificationStatus?:
    'unconfirmed' | 'provisional' | 'differential' | 'confirmed' | 'refuted' | 'entered-in-error';
  /** Send only this text, no coding (spec §2 names matched by text, `data.matched-by-name`). */
  readonly textOnly?: string;
  /** `code.text` beside the coding, when the clinician's wording differs from the code's display. */
  readonly text?: string;
}

/** A Condition, id `<caseId>-<tag>` (e.g. "ild-after-start-ild"). */
export function condition(caseId: string, tag: string, code: Concept, opts: ConditionOptions = {}): Condition {
  const cc: CodeableConcept = opts.textOnly
    ? { text: opts.textOnly }
    : { coding: [code], text: opts.text ?? code.display };
  return {
    resourceType: 'Condition',
    id: `${caseId}-${tag}`,
    // FHIR con-5: no clinicalStatus on an entered-in-error Condition.
    ...(opts.verificationStatus === 'entered-in-error'
      ? {}
      : {
          clinicalStatus: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
                code: opts.clinicalStatus ?? 'active',
              },
            ],
          },
        }),
    verificationStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
          code: opts.verificationStatus ?? 'confirmed',
        },
      ],
    },
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/condition-category', code: 'problem-list-item' }] },
    ],
    code: cc,
    subject: { reference: `Patient/${caseId}` },
    ...(opts.onset ? { onsetDateTime: opts.onset } : {}),
    ...(opts.recorded ? { recordedDate: opts.recorded } : {}),
  };
}

export interface AllergyOptions {
  readonly type?: 'allergy' | 'intolerance';
  readonly clinicalStatus?: 'active' | 'inactive' | 'resolved';
  readonly verificationStatus?: 'unconfirmed' | 'confirmed' | 'refuted' | 'entered-in-error';
  readonly recorded?: string;
  readonly reaction?: string;
  readonly reactionSeverity?: 'mild' | 'moderate' | 'severe';
  readonly criticality?: 'low' | 'high' | 'unable-to-assess';
}

/** An AllergyIntolerance to riluzole (by RxNorm ingredient 35623 and name), id `<caseId>-allergy-<n>`. */
export function riluzoleAllergy(caseId: string, n: number, opts: AllergyOptions = {}): AllergyIntolerance {
  return allergy(
    caseId,
    n,
    { coding: [{ system: RXNORM, code: '35623', display: 'riluzole' }], text: 'Riluzole' },
    opts,
  );
}

export function allergy(
  caseId: string,
  n: number,
  substance: CodeableConcept,
  opts: AllergyOptions = {},
): AllergyIntolerance {
  return {
    resourceType: 'AllergyIntolerance',
    id: `${caseId}-allergy-${n}`,
    // FHIR ait-2: no clinicalStatus on an entered-in-error AllergyIntolerance.
    ...(opts.verificationStatus === 'entered-in-error'
      ? {}
      : {
          clinicalStatus: {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
                code: opts.clinicalStatus ?? 'active',
              },
            ],
          },
        }),
    verificationStatus: {
      coding: [
        {
          system: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
          code: opts.verificationStatus ?? 'confirmed',
        },
      ],
    },
    ...(opts.type ? { type: opts.type } : {}),
    category: ['medication'],
    code: substance,
    patient: { reference: `Patient/${caseId}` },
    ...(opts.recorded ? { recordedDate: opts.recorded } : {}),
    ...(opts.criticality ? { criticality: opts.criticality } : {}),
    ...(opts.reaction
      ? {
          reaction: [
            {
              manifestation: [{ text: opts.reaction }],
              ...(opts.reactionSeverity ? { severity: opts.reactionSeverity } : {}),
            },
          ],
        }
      : {}),
  };
}

export interface BackgroundOptions {
  /** ALS onset, days before asOf (default 400). */
  readonly alsOnsetDaysAgo?: number;
  /** Leave out the ALS Condition (spec §4 `indication.als-not-documented`). */
  readonly noAls?: boolean;
  readonly weightKg?: number;
  readonly fvcPct?: number;
  /** Days before asOf of the weight and FVC (default 20; beyond ~90 they are overdue, spec §7). */
  readonly vitalsDaysAgo?: number;
  readonly noWeight?: boolean;
  readonly noFvc?: boolean;
}

/**
 * The usual background of an ALS patient: the ALS Condition (G12.21), a recent weight and FVC,
 * so that the supportive-care rows (spec §7) stay quiet unless the case is about them.
 * Ids: `<caseId>-als`, `<caseId>-weight-0`, `<caseId>-fvc-0`.
 */
export function alsBackground(caseId: string, asOf: string, opts: BackgroundOptions = {}): (Condition | Observation)[] {
  const onset = daysBefore(asOf, opts.alsOnsetDaysAgo ?? 400);
  const vitalsDate = daysBefore(asOf, opts.vitalsDaysAgo ?? 20);
  const out: (Condition | Observation)[] = [];
  if (!opts.noAls) out.push(condition(caseId, 'als', DX.als, { onset, recorded: onset }));
  if (!opts.noWeight) out.push(weight(caseId, 0, vitalsDate, opts.weightKg ?? 72.4));
  if (!opts.noFvc) out.push(fvc(caseId, 0, vitalsDate, opts.fvcPct ?? 78));
  return out;
}

/** Flatten resources and resource lists, the Patient first as the case contract asks. */
export function bundle(...items: (Resource | readonly Resource[])[]): Resource[] {
  return items.flatMap((item) => (Array.isArray(item) ? [...(item as readonly Resource[])] : [item as Resource]));
}
