/**
 * A clinical case: one synthetic patient and what the rules must say about it.
 * One file per scenario in this folder; the same files feed the rule tests, the msw integration
 * tests and the sandbox EHR's patients (dated relative to `asOf`, so the demo never goes stale).
 */
import type { Resource } from '@medplum/fhirtypes';
import type {
  Comparator,
  DataSource,
  LimitFlag,
  EligibilityStatus,
  FindingCode,
  IsoDate,
  MonitoringStatus,
  Policy,
  SchedulePointState,
  Severity,
  TreatmentStatus,
} from '../../src/rules/types';

/** What a case asserts. Only the fields given are checked: a case asserts what it is about. */
export interface CaseExpectation {
  readonly treatment?: TreatmentStatus;
  readonly courseStart?: IsoDate;
  readonly dailyDoseMg?: number | null; // null: must be absent
  readonly eligibility?: EligibilityStatus;
  readonly monitoring?: MonitoringStatus;
  readonly nextDue?: IsoDate | null; // null: must be absent
  /** true: the routine schedule is suspended under a stop (docs/clinical-spec.md §5.3); false: it is not. */
  readonly suspended?: boolean;
  /** A stopped course: `treatment.stoppedOn` (§5.4). */
  readonly stoppedOn?: IsoDate;
  /** A stopped course: the date of `treatment.stopResult`; null: must be absent (§5.4). */
  readonly stopResultDate?: IsoDate | null;
  /** Findings that must be present, with their severity (in Assessment.findings). */
  readonly findings?: Partial<Record<FindingCode, Severity>>;
  /** Findings that must not be present. */
  readonly absent?: readonly FindingCode[];
  /** Data-note codes that must be present. */
  readonly dataNotes?: readonly string[];
  /** Data-note codes that must not be present (e.g. no new course at a gap of exactly 90 days). */
  readonly absentDataNotes?: readonly string[];
  /** True: `treatment.courseStart` must be absent (spec §1: a course with no start date). */
  readonly noCourseStart?: boolean;
  /** Schedule points (in order, by due date) that must be present with these states. */
  readonly schedule?: readonly { readonly due: IsoDate; readonly state: SchedulePointState }[];
  /** Per-analyte expectations on Assessment.labs (newest first): value in canonical unit, ×ULN. */
  readonly labs?: readonly {
    readonly analyte: string;
    readonly id: string;
    readonly value?: number;
    readonly unit?: string;
    readonly multipleOfUln?: number;
    readonly ulnSource?: 'report' | 'assumed';
    readonly grade?: number;
    /** The comparator the result keeps (spec §1 "Display"); `null`: must have none. */
    readonly comparator?: Comparator | null;
    /** The rules' own flag against the limit (`LabResult.flag`). */
    readonly flag?: LimitFlag;
  }[];
}

export interface CaseBuild {
  /** FHIR R4 resources; the Patient first. Its id is the case's patient id. */
  readonly resources: readonly Resource[];
  /** Expectation under `policy` (default "us"). */
  readonly expected: CaseExpectation;
  /** Expectation under the other policy, where the case is about a difference. */
  readonly expectedOther?: CaseExpectation;
  /**
   * References that deliberately resolve to nothing in this case (spec §2: an unresolvable
   * medication reference gives `data.medication-unresolved`). Every other reference resolves.
   */
  readonly unresolvedReferences?: readonly string[];
  /**
   * Sources whose FHIR read failed in this scenario (the app passes these to the rules); the
   * resources of those kinds are then left out. Test-only: the sandbox shows faults instead.
   */
  readonly unavailable?: readonly DataSource[];
}

export interface ClinicalCase {
  /** Equals the file name without extension and the Patient id, e.g. "eligible-baseline-normal". */
  readonly id: string;
  /** One line for the sandbox patient list, e.g. "New ALS diagnosis, normal baseline labs: eligible". */
  readonly title: string;
  readonly policy?: Policy;
  /** Shown in the sandbox EHR's patient list (default true). */
  readonly sandbox?: boolean;
  /** Build the resources and the expectation for a given `asOf` (tests pin it; the sandbox uses today). */
  build(asOf: IsoDate): CaseBuild;
}

/** The `asOf` the rule and integration tests pin. */
export const CASE_AS_OF: IsoDate = '2026-11-25';
