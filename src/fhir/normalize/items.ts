/** What `normalizeResource` yields: records tagged with the patient they belong to. */
import type {
  AllergyRecord,
  CodedObservationRecord,
  ConditionRecord,
  DataNote,
  LabRecord,
  MedicationRecord,
  PatientRecord,
} from '../../rules/types';
import type { UnitConverter } from '../units';

export interface NormalizeContext {
  readonly units: UnitConverter;
}

/** A Medication resource reduced to what identifies it (no patient: it is shared). */
export interface MedicationSummary {
  readonly id: string;
  readonly display: string;
  /** Code displays, code.text and ingredient names, lower-cased. */
  readonly names: readonly string[];
  readonly codes: readonly { readonly system?: string; readonly code: string }[];
  readonly isRiluzole: boolean;
}

/** `patientId` is absent when the resource names no patient (it then joins whichever patient is assembled). */
export type NormalizedItem =
  | {
      readonly type: 'lab';
      readonly patientId?: string;
      readonly record: LabRecord;
      readonly part?: 'segmented' | 'band';
    }
  | { readonly type: 'coded'; readonly patientId?: string; readonly record: CodedObservationRecord }
  | {
      readonly type: 'medication';
      readonly patientId?: string;
      readonly record: MedicationRecord;
      /** `medicationReference.reference` still to resolve against Medication resources. */
      readonly medicationRef?: string;
    }
  | { readonly type: 'medication-summary'; readonly summary: MedicationSummary }
  | { readonly type: 'condition'; readonly patientId?: string; readonly record: ConditionRecord }
  | { readonly type: 'allergy'; readonly patientId?: string; readonly record: AllergyRecord }
  | { readonly type: 'patient'; readonly patientId: string; readonly record: PatientRecord }
  | { readonly type: 'note'; readonly patientId?: string; readonly note: DataNote };
