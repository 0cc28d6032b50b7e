/**
 * A worklist case (docs/clinical-spec.md §10): a small export of patients built from the clinical
 * cases of tests/cases (through the real normaliser and rules), the nurses' review history, and the
 * order the worklist must show. Dates are offsets in days from the cases' pinned `CASE_AS_OF`.
 */
import type { Resource } from '@medplum/fhirtypes';
import type { DataSource, IsoDate } from '../../../src/rules/types';
import type { ReviewAction, ReviewState, WorklistRank } from '../../../src/rules/worklist';

export interface WorklistCaseReview {
  readonly action: ReviewAction;
  readonly by: string;
  /** When the review was made, in days from CASE_AS_OF (0 or negative). */
  readonly atDays: number;
  /** Snooze: its end, in days from CASE_AS_OF. */
  readonly untilDays?: number;
  readonly note?: string;
  /**
   * What the reviewer saw: the patient's assessment at CASE_AS_OF + sawAsOfDays, without the `later`
   * resources (default 0: the review saw the resources of the case as built).
   */
  readonly sawAsOfDays?: number;
}

export interface WorklistCasePatient {
  /** The id of a clinical case in tests/cases (its Patient id too). */
  readonly case: string;
  /** Resources the later export brings that the reviews did not see (e.g. an ALT filed late). */
  later?(asOf: IsoDate): readonly Resource[];
  readonly reviews?: readonly WorklistCaseReview[];
  /** Reads that failed in this export for this patient. */
  readonly unavailable?: readonly DataSource[];
  /** The patient could not be assessed at all (the reason). */
  readonly notAssessed?: string;
}

export interface WorklistCase {
  /** Equals the file name without extension. */
  readonly id: string;
  readonly title: string;
  /** The export's asOf, in days from CASE_AS_OF (default 0). */
  readonly exportAsOfDays?: number;
  /** The date the list is read on, in days from CASE_AS_OF (default: the export's asOf). */
  readonly todayDays?: number;
  readonly patients: readonly WorklistCasePatient[];
  readonly expected: {
    /** Patient ids, in the worklist's order. */
    readonly order: readonly string[];
    readonly ranks?: Readonly<Record<string, WorklistRank>>;
    readonly states?: Readonly<Record<string, ReviewState>>;
    /** Patients whose rows must say some data could not be read or assessed. */
    readonly incomplete?: readonly string[];
    /** The code of each row's driving finding (null: none). */
    readonly topFinding?: Readonly<Record<string, string | null>>;
    /** A piece of each row's sentence that must be there (our own wording, not the findings' text). */
    readonly reasonIncludes?: Readonly<Record<string, string>>;
  };
}
