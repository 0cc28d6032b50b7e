/**
 * The domain model shared by `fhir/` (which produces it from FHIR R4) and `rules/` (which judges it).
 * Nothing here knows about FHIR wire formats, React or the network.
 * The Assessment half mirrors section 8 of docs/clinical-spec.md exactly: its names are public.
 */

/** A calendar date, `YYYY-MM-DD`, never shifted to a time zone (spec §1 "Dates"). */
export type IsoDate = string;

export type Policy = 'us' | 'eu';

export type Analyte =
  | 'alt'
  | 'ast'
  | 'bilirubinTotal'
  | 'bilirubinDirect'
  | 'alp'
  | 'ggt'
  | 'anc'
  | 'wbc'
  | 'neutrophilPct'
  | 'egfr'
  | 'weight'
  | 'bmi'
  | 'fvcPct'
  | 'temperature';

export const ANALYTES: readonly Analyte[] = [
  'alt',
  'ast',
  'bilirubinTotal',
  'bilirubinDirect',
  'alp',
  'ggt',
  'anc',
  'wbc',
  'neutrophilPct',
  'egfr',
  'weight',
  'bmi',
  'fvcPct',
  'temperature',
];

export type Comparator = '<' | '<=' | '>' | '>=';

/** Data-quality notes (spec §1–§3). New codes may be added; these may not be renamed. */
export type DataNoteCode =
  | 'data.medication-unresolved'
  | 'data.uln-assumed'
  | 'data.uln-implausible'
  | 'data.date-partial'
  | 'data.date-missing'
  | 'data.value-unreadable'
  | 'data.unit-unrecognized'
  | 'data.matched-by-name'
  | 'data.preliminary'
  | 'data.course-start-unknown'
  | 'data.future-or-planned-order'
  | 'data.new-course-assumed'
  | 'data.dose-uncomputable'
  | 'data.codes-searched'
  | 'data.malformed-resource'
  | 'data.sibling-patient'
  | 'data.foreign-subject'
  /** Rules: no readable birth date, so age-dependent rows (paediatric use) cannot be judged. */
  | 'data.birthdate-missing'
  /** Rules: an internal error was caught; the assessment is the most cautious one. */
  | 'data.rules-error';

export interface DataNote {
  readonly code: DataNoteCode | (string & {});
  readonly detail: string;
  readonly resourceType?: string;
  readonly id?: string;
}

// ---------------------------------------------------------------------------------------------
// Input: normalised clinical records (produced by src/fhir/normalize, consumed by assessRiluzole)
// ---------------------------------------------------------------------------------------------

export interface PatientRecord {
  readonly id: string;
  readonly name?: string;
  readonly birthDate?: IsoDate;
  readonly sex?: string;
}

/** One reference range of a result, already converted to the analyte's canonical unit. */
export interface NormalRange {
  readonly low?: number;
  readonly high?: number;
  /** `appliesTo` narrowed to a sex, when the range says so. */
  readonly appliesToSex?: 'male' | 'female';
  /** True when the range has an `appliesTo` at all (whether or not we understood it). */
  readonly hasAppliesTo: boolean;
  /** Age bounds in years, from `range.age`. */
  readonly ageLowYears?: number;
  readonly ageHighYears?: number;
  /** The original text, when the range came from `text`. */
  readonly text?: string;
}

/**
 * One Observation of a known analyte. `usable` is false when any of value, unit, date or status
 * disqualifies it (spec §1 "Usable result"); the reason is in `notes`.
 */
export interface LabRecord {
  readonly resourceType: 'Observation';
  readonly id: string;
  readonly analyte: Analyte;
  /** What the record calls itself: the code's display or text, e.g. "ALT [U/L]". */
  readonly display: string;
  /** FHIR Observation.status as written. */
  readonly status: string;
  readonly date?: IsoDate;
  /** The full effective date-time as written (used to pair WBC with neutrophil %). */
  readonly dateTime?: string;
  /** The value in the analyte's canonical unit (spec §3). */
  readonly value?: number;
  readonly comparator?: Comparator;
  /** The canonical unit (spec §3), e.g. "U/L", "mg/dL", "10*9/L". */
  readonly unit: string;
  readonly originalValue: string;
  readonly originalUnit: string;
  readonly ranges: readonly NormalRange[];
  readonly usable: boolean;
  /** Set when the ANC was computed from WBC × neutrophil %. */
  readonly derived?: boolean;
  /** Ids of the results a derived value came from. */
  readonly derivedFrom?: readonly string[];
  readonly notes: readonly DataNote[];
}

export type CodedKind = 'smoking' | 'pregnancy' | 'breastfeeding';

/** A coded Observation: smoking status, pregnancy status, breast-feeding. */
export interface CodedObservationRecord {
  readonly resourceType: 'Observation';
  readonly id: string;
  readonly kind: CodedKind;
  readonly display: string;
  readonly status: string;
  readonly date?: IsoDate;
  /**
   * The reading of the value: for smoking, true = current smoker; for pregnancy, true = pregnant,
   * false = not pregnant; for breast-feeding, true = yes. Undefined when the value says neither.
   */
  readonly positive?: boolean;
  /** The value as written (display or text), for the screen. */
  readonly valueText: string;
  readonly usable: boolean;
  readonly notes: readonly DataNote[];
}

export type MedicationStatus =
  | 'active'
  | 'intended'
  | 'on-hold'
  | 'completed'
  | 'stopped'
  | 'cancelled'
  | 'entered-in-error'
  | 'draft'
  | 'not-taken'
  | 'unknown'
  | (string & {});

/** One dosageInstruction, as structured numbers (spec §5 "Daily dose"). */
export interface Dosage {
  readonly text?: string;
  readonly doseValue?: number;
  /** Dose unit as written: "mg", "tablet", "film", "mL", "{tbl}"... */
  readonly doseUnit?: string;
  /** The dose Quantity's coded unit, when it differs from the written one ("mg" beside "milligram"). */
  readonly doseUnitCode?: string;
  readonly frequency?: number;
  readonly period?: number;
  /** UCUM time unit: s, min, h, d, wk, mo, a. */
  readonly periodUnit?: string;
  /** timing.code: QD, BID, TID... (the first coding, else the text). */
  readonly timingCode?: string;
  /** Every code of timing.code, then its text: the QD/BID/TID coding need not come first. */
  readonly timingCodes?: readonly string[];
}

export interface MedicationRecord {
  readonly resourceType: 'MedicationRequest' | 'MedicationStatement';
  readonly id: string;
  readonly status: MedicationStatus;
  /** MedicationRequest.intent (order, plan, proposal...). */
  readonly intent?: string;
  /** A name for the screen: the first display or text found. */
  readonly display: string;
  /** Every display, text and ingredient name found, lower-cased. Interactions match these. */
  readonly names: readonly string[];
  readonly codes: readonly { readonly system?: string; readonly code: string }[];
  /** Spec §2 riluzole: by RxNorm code or by name (whole word). */
  readonly isRiluzole: boolean;
  /** Start per spec §1: boundsPeriod.start, authoredOn, effectivePeriod.start, effectiveDateTime. */
  readonly start?: IsoDate;
  /** boundsPeriod.end or effectivePeriod.end. */
  readonly end?: IsoDate;
  /** boundsDuration in days, when given in s, min, h, d or wk. */
  readonly boundsDurationDays?: number;
  /** boundsDuration in calendar months, when given in mo or a (a year is 12 months). */
  readonly boundsDurationMonths?: number;
  /** dispenseRequest.validityPeriod.end (used for interactions only, spec §6). */
  readonly validityEnd?: IsoDate;
  readonly dosage: readonly Dosage[];
  /** True when the medication could not be identified (no code, no name). */
  readonly unresolved: boolean;
  readonly notes: readonly DataNote[];
}

export type ConditionKind =
  'als' | 'ild' | 'liver-disease' | 'fatty-liver' | 'ckd' | 'pregnancy' | 'breastfeeding' | 'pancreatitis';

export interface ConditionRecord {
  readonly resourceType: 'Condition';
  readonly id: string;
  readonly display: string;
  /** The spec §2 groups this condition falls in (codes matched exactly, or by name). */
  readonly kinds: readonly ConditionKind[];
  readonly matchedByName: boolean;
  /** The first code of Condition.code as written ("G12.21"), for the screen. */
  readonly code?: string;
  /** Condition.clinicalStatus as recorded: its code (active, recurrence...), else its text. */
  readonly clinicalStatus?: string;
  /** Condition.verificationStatus as recorded: its code (confirmed, provisional...), else its text. */
  readonly verificationStatus?: string;
  /** False when clinicalStatus is inactive/resolved/remission or verification refuted/entered-in-error. */
  readonly counts: boolean;
  readonly onset?: IsoDate;
  readonly recorded?: IsoDate;
  readonly notes: readonly DataNote[];
}

export interface AllergyRecord {
  readonly resourceType: 'AllergyIntolerance';
  readonly id: string;
  readonly display: string;
  readonly isRiluzole: boolean;
  /** AllergyIntolerance.type: an intolerance gives caution, an allergy (or none) contraindicated. */
  readonly type?: 'allergy' | 'intolerance';
  /** The recorded reactions: each manifestation's text, with the reaction's severity when given. */
  readonly reactions?: readonly string[];
  /** AllergyIntolerance.criticality as written (low, high, unable-to-assess). */
  readonly criticality?: string;
  /** AllergyIntolerance.verificationStatus as written (confirmed, unconfirmed...). */
  readonly verification?: string;
  readonly counts: boolean;
  readonly recorded?: IsoDate;
  readonly notes: readonly DataNote[];
}

/**
 * A kind of record the EHR may fail to return (a failed, denied or unsupported FHIR read). Which read
 * feeds which is one table, src/fhir/queries/read-sources.ts (docs/clinical-spec.md §2.1).
 */
export type DataSource =
  | 'patient'
  | 'labs'
  | 'medications'
  | 'conditions'
  | 'allergies'
  | 'pregnancy-status'
  | 'breastfeeding-status'
  | 'smoking'
  | 'vital-signs'
  | 'lung-function';

/** Every kind of data, in the order the rules and the screen name them. */
export const DATA_SOURCES: readonly DataSource[] = [
  'patient',
  'labs',
  'medications',
  'conditions',
  'allergies',
  'pregnancy-status',
  'breastfeeding-status',
  'smoking',
  'vital-signs',
  'lung-function',
];

/** Everything the rules need about one patient. */
export interface ClinicalData {
  readonly patient: PatientRecord;
  readonly labs: readonly LabRecord[];
  readonly coded: readonly CodedObservationRecord[];
  readonly medications: readonly MedicationRecord[];
  readonly conditions: readonly ConditionRecord[];
  readonly allergies: readonly AllergyRecord[];
  /** Notes about resources that could not become records (malformed, unresolved...). */
  readonly notes: readonly DataNote[];
  /**
   * Sources that could not be read (the FHIR read failed, was not granted, or is not offered).
   * Missing data is never good news: the rules then say "could not be checked", never "none".
   */
  readonly unavailable?: readonly DataSource[];
}

// ---------------------------------------------------------------------------------------------
// Output: the Assessment (spec §8)
// ---------------------------------------------------------------------------------------------

export type Severity = 'critical' | 'warning' | 'info';

export type TreatmentStatus = 'on-riluzole' | 'paused' | 'stopped' | 'never';

export type EligibilityStatus = 'eligible' | 'caution' | 'insufficient-data' | 'not-recommended' | 'contraindicated';

export type EligibilityTime = 'course-start' | 'today';

export type MonitoringStatus = 'up-to-date' | 'due' | 'overdue' | 'stop-recommended' | 'not-applicable';

export type FindingCode =
  | 'allergy.riluzole'
  | 'baseline.alt-missing'
  | 'baseline.bilirubin-missing'
  | 'baseline.transaminase-above-uln'
  | 'baseline.transaminase-above-3x'
  | 'baseline.transaminase-above-5x'
  | 'baseline.transaminase-history'
  | 'baseline.rechallenge'
  | 'baseline.bilirubin-elevated'
  | 'baseline.bilirubin-isolated'
  | 'baseline.ggt-elevated'
  | 'condition.hepatic-disease'
  | 'condition.ild'
  | 'condition.pregnancy'
  | 'condition.breastfeeding'
  | 'condition.renal-impairment'
  | 'condition.pancreatitis'
  | 'patient.pediatric'
  | 'indication.als-not-documented'
  | 'interaction.cyp1a2-inhibitor'
  | 'interaction.cyp1a2-inducer'
  | 'interaction.smoking'
  | 'interaction.hepatotoxic'
  | 'liver.transaminase-stop'
  | 'liver.transaminase-stop-history'
  | 'liver.transaminase-above-3x'
  | 'liver.transaminase-above-uln'
  | 'liver.bilirubin-elevated'
  | 'liver.hys-law'
  | 'blood.neutropenia'
  | 'blood.fever-check-wbc'
  | 'dose.nonstandard'
  | 'monitoring.due'
  | 'monitoring.overdue'
  /** Confirmation after a raised result (spec v3 §5): repeat ALT, AST, ALP and bilirubin by a date. */
  | 'monitoring.confirm-due'
  | 'supportive.weight-overdue'
  | 'supportive.weight-loss'
  | 'supportive.fvc-overdue'
  | 'supportive.fvc-low'
  /** A kind of record could not be read from the EHR, so the rows that need it cannot be judged. */
  | 'data.read-failed'
  /**
   * The newest ALT, AST or ANC cannot answer a rule (its comparator hides the answer, e.g. "<300"
   * against a ULN of 40): an older result answers instead, and this says the newest may be worse.
   */
  | 'data.latest-unjudgeable'
  /**
   * One family of rules (interactions, eligibility, monitoring, supportive care) failed on this
   * record: its findings are missing, so the part it judges must be reviewed by hand (issue 8.2).
   */
  | 'data.rule-failed';

export interface Evidence {
  readonly resourceType: string;
  readonly id: string;
  readonly display: string;
  readonly value?: number;
  /**
   * The result's comparator (v3, spec §1 "Display"): "<300" is at most 300, so `value` and
   * `multipleOfUln` are then bounds, never measurements; the screen shows them as such.
   */
  readonly comparator?: Comparator;
  readonly unit?: string;
  readonly date?: IsoDate;
  readonly uln?: number;
  readonly ulnSource?: 'report' | 'assumed';
  readonly multipleOfUln?: number;
  readonly grade?: number;
  /** A condition: its code as written, and its own clinical and verification status as recorded. */
  readonly code?: string;
  readonly clinicalStatus?: string;
  readonly verificationStatus?: string;
}

export interface Finding {
  readonly code: FindingCode;
  readonly severity: Severity;
  readonly title: string;
  readonly detail: string;
  readonly evidence: readonly Evidence[];
  /** The label section or guideline the finding rests on, e.g. "RILUTEK US label 5.1". */
  readonly source: string;
  /**
   * Eligibility rows only (spec §4): the row's outcome, "info" for info-only rows. Severity alone
   * cannot tell a not-recommended row from a caution row (both are warnings); a CDS card can.
   */
  readonly outcome?: EligibilityStatus | 'info';
}

export interface LabResult extends Evidence {
  readonly analyte: Analyte;
  readonly status: string;
  readonly comparator?: Comparator;
  readonly originalValue: string;
  readonly originalUnit: string;
  readonly derived?: boolean;
  /** Lower limit of normal, for ANC and WBC (spec §3). */
  readonly lln?: number;
  /** Where `lln` came from: the lab's range, or the clinic default (rules extension). */
  readonly llnSource?: 'report' | 'assumed';
  /**
   * The rules' own reading of the result against its limit (v3, spec §1 "Comparators"): `above`
   * the ULN or `below` the LLN only when every value the comparator allows is; `unjudgeable` when
   * the comparator hides the answer ("<300" against a ULN of 40). Absent for analytes with no limit.
   * Screens list a result as abnormal from this flag only.
   */
  readonly flag?: LimitFlag;
}

/** Where a result stands against its limit of normal (see `LabResult.flag`). */
export type LimitFlag = 'above' | 'below' | 'within' | 'unjudgeable';

export type SchedulePhase = 'baseline' | 'monthly' | 'quarterly' | 'periodic' | 'recheck';
/** `suspended`: a current or later point while stop is recommended (docs/clinical-spec.md §5.3). */
export type SchedulePointState = 'done' | 'late' | 'missed' | 'due' | 'overdue' | 'upcoming' | 'suspended';

export interface SchedulePoint {
  readonly due: IsoDate;
  readonly phase: SchedulePhase;
  readonly state: SchedulePointState;
  /** The ALT that answered a done or late point; a result answers one point only. */
  readonly answeredBy?: Evidence;
  /** The day the point's window opens: an ALT drawn earlier does not answer it (spec §5). */
  readonly opens?: IsoDate;
  /** A missed point: the first ALT after its window opened, which came too late for it (§5.2). */
  readonly nextAlt?: Evidence;
}

/**
 * A riluzole record with status on-hold in the course (docs/clinical-spec.md §12). FHIR R4 records no
 * date for a status change, so a hold is dated only when a later record of the course starts on hold.
 */
export interface CourseHold {
  /** The on-hold record's start, when it is later than the course start; else the hold's start is not recorded. */
  readonly from?: IsoDate;
  /** The on-hold record's end; absent while it is open. */
  readonly to?: IsoDate;
  readonly evidence: Evidence;
}

export interface Assessment {
  readonly asOf: IsoDate;
  readonly policy: Policy;
  readonly patient: PatientRecord;
  readonly treatment: {
    readonly status: TreatmentStatus;
    readonly courseStart?: IsoDate;
    /** A stopped course: the end of its last course (docs/clinical-spec.md §5.4). */
    readonly stoppedOn?: IsoDate;
    /** A stopped course: the last stop-level result on or before `stoppedOn`, when there is one. */
    readonly stopResult?: Evidence;
    /** Every course that has ended by asOf: the day it ended, oldest first (charts mark them). */
    readonly stops?: readonly IsoDate[];
    /** The on-hold records of the current (or last) course, oldest first (charts mark them). */
    readonly holds?: readonly CourseHold[];
    readonly dailyDoseMg?: number;
    readonly products: readonly string[];
    readonly evidence: readonly Evidence[];
  };
  readonly eligibility: {
    readonly status: EligibilityStatus;
    readonly window: { readonly from: IsoDate; readonly to: IsoDate };
    readonly findings: readonly Finding[];
    /**
     * On a course: when each finding was judged. Baseline labs at the course start; conditions,
     * allergies, drugs and reads today, so nothing found later is dated back to the start.
     */
    readonly timing?: Readonly<Partial<Record<FindingCode, EligibilityTime>>>;
    /** On a course: the status of the course-start rows alone (the baseline labs). */
    readonly startStatus?: EligibilityStatus;
    /** Every counted condition of a spec §2 kind (ALS among them), with its recorded statuses. */
    readonly conditions?: readonly Evidence[];
  };
  readonly monitoring: {
    readonly status: MonitoringStatus;
    /** True while stop is recommended: the routine schedule is suspended (no due point, no due finding). */
    readonly suspended?: boolean;
    readonly nextDue?: IsoDate;
    readonly schedule: readonly SchedulePoint[];
    readonly findings: readonly Finding[];
    /** The confirmation point after a raised result (spec v3 §5), when one applies. */
    readonly confirmation?: Confirmation;
    /** After a stop: the liver tests since it, and whether the latest are back within the ULN. */
    readonly sinceStop?: SinceStop;
  };
  readonly labs: Partial<Record<Analyte, readonly LabResult[]>>;
  /** Spec §7, decided once by the rules (the supportive-care panel only shows it). */
  readonly supportive: SupportiveCare;
  readonly findings: readonly Finding[];
  readonly dataNotes: readonly DataNote[];
  /**
   * Present only when the assessment could not be made (issue 8.2): the statuses are then the most
   * cautious ones and no screen may read them as news of any kind; the lab values are still listed.
   */
  readonly notAssessed?: { readonly reason: string };
}

/** Spec §7: whether supportive care applies, and the weight change the weight-loss row judges. */
export interface SupportiveCare {
  /** ALS documented, or riluzole ever recorded (a cancelled or entered-in-error record does not count). */
  readonly applies: boolean;
  /** The latest weight against the highest of the 12 months before it; absent with no earlier weight. */
  readonly weightChange?: WeightChange;
}

export interface WeightChange {
  readonly latest: Evidence;
  /** The highest weight dated in the 12 months before the latest (the latest itself excluded). */
  readonly highest: Evidence;
  /** (highest − latest) ÷ highest, rounded to 6 decimals: 0.1 is a 10% loss; ≤ 0 is no loss. */
  readonly lossFraction: number;
}

/** The analytes a confirmation asks for (spec v3 §5): ALT, AST, ALP and total bilirubin. */
export type ConfirmAnalyte = 'alt' | 'ast' | 'alp' | 'bilirubinTotal';

export type ConfirmationState = 'due' | 'overdue' | 'answered';

/**
 * Spec v3 §5 "Confirmation after a raised result": c = the raised result's date + confirmRecheckDays.
 * Answered by an ALT and an AST dated after the raised result.
 */
export interface Confirmation {
  readonly state: ConfirmationState;
  /** The raised result's date: results dated after it answer the point. */
  readonly after: IsoDate;
  /** c, the date by which the tests are asked for. */
  readonly due: IsoDate;
  /** Why: the ALT or AST above 3× ULN, or the transaminase and bilirubin of a Hy's law pattern. */
  readonly reason: 'transaminase-above-3x' | 'hys-law';
  readonly raised: readonly Evidence[];
  readonly tests: readonly ConfirmAnalyte[];
  /** The ALT and AST (and ALP, bilirubin, when drawn) dated after the raised result, oldest first. */
  readonly answeredBy: readonly Evidence[];
  /** Tests asked for that have no result after the raised one yet. */
  readonly outstanding: readonly ConfirmAnalyte[];
}

export type UlnReading = 'within' | 'above' | 'unknown';

/** After a stop (spec v3 §5): the liver tests dated after it, and where the latest of each stands. */
export interface SinceStop {
  readonly stoppedOn: IsoDate;
  /** ALT, AST, ALP and total bilirubin dated after the stop, newest first. */
  readonly tests: readonly LabResult[];
  /** The latest result of each analyte since the stop, against its ULN. */
  readonly latest: readonly {
    readonly analyte: ConfirmAnalyte;
    readonly result: LabResult;
    readonly uln: UlnReading;
  }[];
}

/** Clinic settings (spec defaults in src/rules/settings.ts and public/clinic-settings.json). */
export interface Settings {
  readonly policy: Policy;
  readonly baselineDays: number;
  readonly periodicMonths: number;
  readonly elevatedRecheckDays: number;
  /** Days after an ALT or AST above 3× ULN (or a Hy's law pattern) by which it is confirmed (spec v3 §5). */
  readonly confirmRecheckDays: number;
  readonly restartGapDays: number;
  readonly pregnancyLookbackDays: number;
  readonly breastfeedingLookbackDays: number;
  readonly egfrThreshold: number;
  readonly egfrLookbackMonths: number;
  readonly feverCelsius: number;
  readonly feverLookbackDays: number;
  readonly hysLawWindowDays: number;
  /**
   * A lab's limit is used only within this factor of the default limit (spec §3 v3: a quarter to
   * four times by default); outside it the range counts as none (`data.uln-implausible`).
   */
  readonly limitPlausibility: number;
  /** Default upper limits (lower for ANC and WBC) when a result has no usable range (spec §3). */
  readonly defaultLimits: {
    readonly alt: number;
    readonly ast: number;
    readonly bilirubinTotal: number;
    readonly bilirubinDirect: number;
    readonly alp: number;
    readonly ggt: number;
    readonly ancLln: number;
    readonly wbcLln: number;
  };
  /** Extra liver-toxic ingredient names a clinic adds (spec §6: statins, ibuprofen...). */
  readonly extraHepatotoxic: readonly string[];
}

export interface AssessOptions {
  readonly asOf: IsoDate;
  readonly policy?: Policy;
  readonly settings?: Settings;
}
