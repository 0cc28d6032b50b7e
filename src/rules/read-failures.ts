/**
 * Sources the EHR did not return (spec §1.1: missing data is never good news). A failed read of
 * conditions, allergies or medications means the rows that need them cannot be judged, so the
 * eligibility cannot be "eligible", and nothing may read as "none recorded".
 */
import { makeFinding } from './context';
import type { Outcome, Row } from './eligibility-labs';
import { sourceOf } from './sources';
import type { DataSource, Finding, IsoDate, MonitoringStatus, PatientRecord, Policy } from './types';

interface Consequence {
  readonly what: string;
  readonly cannot: string;
  /**
   * The eligibility outcome of the unread data (docs/clinical-spec.md §1 principle 6): insufficient
   * data; `caution-unless-male` for pregnancy and breast-feeding status; info for data no
   * eligibility row depends on.
   */
  readonly outcome: 'insufficient-data' | 'caution-unless-male' | 'info';
}

const CONSEQUENCES: Readonly<Record<DataSource, Consequence>> = {
  patient: {
    what: 'The patient record',
    cannot: 'age (use in children) cannot be checked',
    outcome: 'insufficient-data',
  },
  labs: {
    what: 'Lab results',
    cannot: 'liver tests, blood counts and the monitoring schedule cannot be checked',
    outcome: 'insufficient-data',
  },
  medications: {
    what: 'Medications',
    cannot: 'riluzole courses, doses and drug interactions cannot be checked',
    outcome: 'insufficient-data',
  },
  conditions: {
    what: 'Conditions',
    cannot: 'the ALS diagnosis, liver disease, lung disease, pregnancy and kidney disease cannot be checked',
    outcome: 'insufficient-data',
  },
  allergies: { what: 'Allergies', cannot: 'a riluzole allergy cannot be ruled out', outcome: 'insufficient-data' },
  'pregnancy-status': {
    what: 'Pregnancy status',
    cannot: 'a recorded pregnancy status cannot be checked',
    outcome: 'caution-unless-male',
  },
  'breastfeeding-status': {
    what: 'Breast-feeding status',
    cannot: 'a recorded breast-feeding status cannot be checked',
    outcome: 'caution-unless-male',
  },
  smoking: {
    what: 'Smoking status',
    cannot: 'smoking (which lowers riluzole levels) cannot be checked',
    outcome: 'info',
  },
  'vital-signs': {
    what: 'Vital signs',
    cannot: 'weight, BMI and a recent fever cannot be checked',
    outcome: 'info',
  },
  'lung-function': {
    what: 'Lung function',
    cannot: 'FVC % predicted cannot be checked',
    outcome: 'info',
  },
};

/** The outcome of one unread source for this patient. */
function outcomeOf(source: DataSource, patient: PatientRecord | undefined): Outcome {
  const o = CONSEQUENCES[source].outcome;
  switch (o) {
    case 'insufficient-data':
    case 'info':
      return o;
    case 'caution-unless-male':
      return patient?.sex === 'male' ? 'info' : 'caution';
  }
}

/** The sources of `unavailable` that are known, de-duplicated, in a stable order. */
export function unavailableSources(unavailable: readonly unknown[] | undefined): DataSource[] {
  const given = new Set(Array.isArray(unavailable) ? unavailable : []);
  return (Object.keys(CONSEQUENCES) as DataSource[]).filter((s) => given.has(s));
}

/** "A", "A and b", "A, b and c": the names of the sources, the first capitalised. */
function listWords(sources: readonly DataSource[]): string {
  const words = sources.map((s, i) => (i === 0 ? CONSEQUENCES[s].what : CONSEQUENCES[s].what.toLowerCase()));
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

/**
 * One finding for every unavailable source together ("could not be read", never "none"): a
 * finding code appears once in an assessment, so several failures share one finding. It is a
 * warning when any of them changes eligibility, else an info note (smoking, vital signs).
 */
export function readFailureFinding(sources: readonly DataSource[], policy: Policy, patient?: PatientRecord): Finding {
  const consequences = sources.map(
    (s) => `${CONSEQUENCES[s].cannot.charAt(0).toUpperCase()}${CONSEQUENCES[s].cannot.slice(1)}.`,
  );
  const severity = sources.some((s) => outcomeOf(s, patient) !== 'info') ? 'warning' : 'info';
  return makeFinding(
    'data.read-failed',
    severity,
    `${listWords(sources)} could not be read`,
    `${listWords(sources)} could not be read from the EHR (the request failed, access was not ` +
      `granted, or the EHR does not offer it). ${consequences.join(' ')} Absence here does not ` +
      `mean "none recorded".`,
    [],
    sourceOf('data.read-failed', policy),
  );
}

/** The eligibility row for the unavailable sources: the worst of their outcomes (principle 6). */
export function readFailureRows(unavailable: readonly DataSource[], policy: Policy, patient?: PatientRecord): Row[] {
  if (unavailable.length === 0) return [];
  const outcomes = unavailable.map((s) => outcomeOf(s, patient));
  const outcome: Outcome = outcomes.includes('insufficient-data')
    ? 'insufficient-data'
    : outcomes.includes('caution')
      ? 'caution'
      : 'info';
  return [{ outcome, finding: readFailureFinding(unavailable, policy, patient) }];
}

/**
 * Monitoring's status and next due date when labs or medications could not be (all) read: never
 * `up-to-date` (spec §1.1: missing data is never good news). What was read may look complete, as
 * in a Bulk export whose error file names Observation: the check is then due today, as with an
 * unknown course start (spec §1). A worse status stands as it is.
 * @param unread - the unavailable sources monitoring depends on (labs, medications)
 */
export function unreadMonitoring(
  status: MonitoringStatus,
  nextDue: IsoDate | undefined,
  unread: readonly DataSource[],
  asOf: IsoDate,
): { readonly status: MonitoringStatus; readonly nextDue?: IsoDate } {
  if (unread.length > 0 && status === 'up-to-date') return { status: 'due', nextDue: asOf };
  return { status, ...(nextDue ? { nextDue } : {}) };
}
