/**
 * Medication builders: MedicationRequest, MedicationStatement and Medication (spec §1 "The riluzole
 * course", §2 medication forms, §5 "Daily dose", §6 interactions).
 */
import type {
  CodeableConcept,
  Dosage,
  Medication,
  MedicationRequest,
  MedicationStatement,
  Reference,
} from '@medplum/fhirtypes';
import { RXNORM, UCUM } from './codes';

export const RILUZOLE_50MG = { system: RXNORM, code: '199206', display: 'riluzole 50 MG Oral Tablet' } as const;

/** How the medication is named: a code/text, a contained Medication, or a reference. */
export type MedSource =
  | { readonly kind: 'concept'; readonly rxnorm?: string; readonly display?: string; readonly text?: string }
  | { readonly kind: 'contained'; readonly medication: Medication }
  | { readonly kind: 'reference'; readonly reference: string; readonly display?: string };

/** A structured dose: `value unit`, `frequency` times per `period periodUnit`, or a timing code. */
export interface DoseSpec {
  readonly value: number;
  readonly unit: string;
  readonly frequency?: number;
  readonly period?: number;
  readonly periodUnit?: 'h' | 'd' | 'wk';
  readonly timingCode?: 'QD' | 'BID' | 'TID';
  readonly text?: string;
}

export const DOSE_50_BID: DoseSpec = {
  value: 50,
  unit: 'mg',
  frequency: 2,
  period: 1,
  periodUnit: 'd',
  text: '50 mg by mouth twice daily',
};

export interface MedOptions {
  /** The start, written to `dosageInstruction[0].timing.repeat.boundsPeriod.start` (default). */
  readonly start?: string;
  readonly end?: string;
  /** Write the start to `authoredOn` instead (no boundsPeriod). */
  readonly startInAuthoredOn?: boolean;
  readonly authoredOn?: string;
  readonly boundsDurationDays?: number;
  /** A boundsDuration in another UCUM unit ("mo", "a", "wk"), for the calendar-month cases. */
  readonly boundsDuration?: { readonly value: number; readonly code: string };
  readonly validityEnd?: string;
  readonly status?: MedicationRequest['status'];
  readonly intent?: MedicationRequest['intent'];
  /** The dose; `null` for a text-only instruction (dose not computable). Default 50 mg BID for riluzole. */
  readonly dose?: DoseSpec | null;
  /** Extra dosage instructions (summed into the daily dose, spec §5). */
  readonly moreDoses?: readonly DoseSpec[];
  readonly doseText?: string;
}

function concept(src: Extract<MedSource, { kind: 'concept' }>): CodeableConcept {
  return {
    ...(src.rxnorm
      ? { coding: [{ system: RXNORM, code: src.rxnorm, ...(src.display ? { display: src.display } : {}) }] }
      : {}),
    ...((src.text ?? src.display) ? { text: src.text ?? src.display } : {}),
  };
}

function doseUnit(unit: string): { unit: string; system?: string; code?: string } {
  if (unit === 'mg' || unit === 'mL') return { unit, system: UCUM, code: unit };
  if (unit === 'tablet')
    return { unit, system: 'http://terminology.hl7.org/CodeSystem/v3-orderableDrugForm', code: 'TAB' };
  return { unit };
}

function dosage(spec: DoseSpec | null, opts: MedOptions, first: boolean, fallbackText: string | undefined): Dosage {
  const bounds =
    first && !opts.startInAuthoredOn && (opts.start !== undefined || opts.end !== undefined)
      ? { boundsPeriod: { ...(opts.start ? { start: opts.start } : {}), ...(opts.end ? { end: opts.end } : {}) } }
      : {};
  const duration =
    first && opts.boundsDurationDays !== undefined
      ? { boundsDuration: { value: opts.boundsDurationDays, unit: 'd', system: UCUM, code: 'd' } }
      : first && opts.boundsDuration !== undefined
        ? {
            boundsDuration: {
              value: opts.boundsDuration.value,
              unit: opts.boundsDuration.code,
              system: UCUM,
              code: opts.boundsDuration.code,
            },
          }
        : {};
  const repeat = {
    ...bounds,
    ...duration,
    ...(spec?.frequency !== undefined
      ? { frequency: spec.frequency, period: spec.period ?? 1, periodUnit: spec.periodUnit ?? 'd' }
      : {}),
  };
  const text = spec?.text ?? opts.doseText ?? fallbackText;
  return {
    ...(text ? { text } : {}),
    timing: {
      ...(Object.keys(repeat).length > 0 ? { repeat } : {}),
      ...(spec?.timingCode
        ? {
            code: {
              coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation', code: spec.timingCode }],
            },
          }
        : {}),
    },
    route: { coding: [{ system: 'http://snomed.info/sct', code: '26643006', display: 'Oral route' }] },
    ...(spec ? { doseAndRate: [{ doseQuantity: { value: spec.value, ...doseUnit(spec.unit) } }] } : {}),
  };
}

function dosages(opts: MedOptions, defaultDose: DoseSpec | null): Dosage[] {
  const main = opts.dose === undefined ? defaultDose : opts.dose;
  return [
    dosage(main, opts, true, opts.doseText),
    ...(opts.moreDoses ?? []).map((d) => dosage(d, opts, false, undefined)),
  ];
}

function medicationFields(
  src: MedSource,
): Pick<MedicationRequest, 'medicationCodeableConcept' | 'medicationReference' | 'contained'> {
  switch (src.kind) {
    case 'concept':
      return { medicationCodeableConcept: concept(src) };
    case 'contained':
      return { contained: [src.medication], medicationReference: { reference: `#${src.medication.id ?? ''}` } };
    case 'reference': {
      const ref: Reference = { reference: src.reference, ...(src.display ? { display: src.display } : {}) };
      return { medicationReference: ref as Reference<Medication> };
    }
  }
}

/**
 * A MedicationRequest, id `<caseId>-medreq-<n>`.
 * @param defaultDose - the dose used when `opts.dose` is not given (null: none)
 */
export function medicationRequest(
  caseId: string,
  n: number,
  src: MedSource,
  opts: MedOptions = {},
  defaultDose: DoseSpec | null = null,
): MedicationRequest {
  const authoredOn = opts.authoredOn ?? (opts.startInAuthoredOn ? opts.start : undefined);
  return {
    resourceType: 'MedicationRequest',
    id: `${caseId}-medreq-${n}`,
    status: opts.status ?? 'active',
    intent: opts.intent ?? 'order',
    ...medicationFields(src),
    subject: { reference: `Patient/${caseId}` },
    ...(authoredOn ? { authoredOn } : {}),
    dosageInstruction: dosages(opts, defaultDose),
    ...(opts.validityEnd ? { dispenseRequest: { validityPeriod: { end: opts.validityEnd } } } : {}),
  };
}

/** Riluzole 50 mg tablet (RxNorm 199206), 50 mg twice daily unless `opts.dose` says otherwise. */
export function riluzoleRequest(caseId: string, n: number, opts: MedOptions = {}, src?: MedSource): MedicationRequest {
  return medicationRequest(
    caseId,
    n,
    src ?? { kind: 'concept', rxnorm: RILUZOLE_50MG.code, display: RILUZOLE_50MG.display },
    opts,
    DOSE_50_BID,
  );
}

export interface StatementOptions {
  readonly status?: MedicationStatement['status'];
  readonly effectiveStart?: string;
  readonly effectiveEnd?: string;
  readonly effectiveDateTime?: string;
  readonly dateAsserted?: string;
  readonly dose?: DoseSpec | null;
}

/** A MedicationStatement, id `<caseId>-medstmt-<n>`. */
export function medicationStatement(
  caseId: string,
  n: number,
  src: MedSource,
  opts: StatementOptions = {},
): MedicationStatement {
  const fields = medicationFields(src);
  const effective =
    opts.effectiveStart || opts.effectiveEnd
      ? {
          effectivePeriod: {
            ...(opts.effectiveStart ? { start: opts.effectiveStart } : {}),
            ...(opts.effectiveEnd ? { end: opts.effectiveEnd } : {}),
          },
        }
      : opts.effectiveDateTime
        ? { effectiveDateTime: opts.effectiveDateTime }
        : {};
  return {
    resourceType: 'MedicationStatement',
    id: `${caseId}-medstmt-${n}`,
    status: opts.status ?? 'active',
    ...fields,
    subject: { reference: `Patient/${caseId}` },
    ...effective,
    ...(opts.dateAsserted ? { dateAsserted: opts.dateAsserted } : {}),
    ...(opts.dose ? { dosage: [dosage(opts.dose, {}, true, undefined)] } : {}),
  };
}

export interface MedicationOptions {
  readonly rxnorm?: string;
  readonly display?: string;
  readonly text?: string;
  readonly ingredients?: readonly string[];
  /** Id of the Medication; default `<caseId>-med-<n>` (contained ones use a short local id). */
  readonly id?: string;
}

/** A Medication resource, to include in the case or to contain in a request. */
export function medication(caseId: string, n: number, opts: MedicationOptions): Medication {
  return {
    resourceType: 'Medication',
    id: opts.id ?? `${caseId}-med-${n}`,
    code: concept({ kind: 'concept', rxnorm: opts.rxnorm, display: opts.display, text: opts.text }),
    ...(opts.ingredients
      ? { ingredient: opts.ingredients.map((name) => ({ itemCodeableConcept: { text: name }, isActive: true })) }
      : {}),
  };
}
