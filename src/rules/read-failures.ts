/**
 * Sources the EHR did not return (spec §1.1: missing data is never good news). A failed read of
 * conditions, allergies or medications means the rows that need them cannot be judged, so the
 * eligibility cannot be "eligible", and nothing may read as "none recorded".
 */
import { makeFinding } from './context';
import type { Outcome, Row } from './eligibility-labs';
import { sourceOf } from './sources';
import type { DataSource, Finding, Policy } from './types';

interface Consequence {
  readonly what: string;
  readonly cannot: string;
  /** info for sources whose rows are also judged from other data; else insufficient-data. */
  readonly outcome: Outcome;
}

const CONSEQUENCES: Readonly<Record<DataSource, Consequence>> = {
  labs: { what: 'Lab results', cannot: 'liver tests, blood counts and the monitoring schedule cannot be checked', outcome: 'insufficient-data' },
  medications: { what: 'Medications', cannot: 'riluzole courses, doses and drug interactions cannot be checked', outcome: 'insufficient-data' },
  conditions: { what: 'Conditions', cannot: 'the ALS diagnosis, liver disease, lung disease, pregnancy and kidney disease cannot be checked', outcome: 'insufficient-data' },
  allergies: { what: 'Allergies', cannot: 'a riluzole allergy cannot be ruled out', outcome: 'insufficient-data' },
  'status-observations': { what: 'Smoking, pregnancy and breast-feeding status', cannot: 'smoking and a recorded pregnancy status cannot be checked', outcome: 'info' },
  patient: { what: 'The patient record', cannot: 'age (use in children) cannot be checked', outcome: 'insufficient-data' },
};

/** The sources of `unavailable` that are known, de-duplicated, in a stable order. */
export function unavailableSources(unavailable: readonly unknown[] | undefined): DataSource[] {
  const given = new Set(Array.isArray(unavailable) ? unavailable : []);
  return (Object.keys(CONSEQUENCES) as DataSource[]).filter((s) => given.has(s));
}

/** The finding for one unavailable source: "could not be read", never "none". */
export function readFailureFinding(source: DataSource, policy: Policy): Finding {
  const c = CONSEQUENCES[source];
  return makeFinding(
      'data.read-failed',
      'warning',
    `${c.what} could not be read`,
    `${c.what} could not be read from the EHR (the request failed or access was not granted), so ${c.cannot}. Absence here does not mean "none recorded".`,
    [],
    sourceOf('data.read-failed', policy),
  );
}

/** One eligibility row per unavailable source. */
export function readFailureRows(unavailable: readonly DataSource[], policy: Policy): Row[] {
  return unavailable.map((source) => ({ outcome: CONSEQUENCES[source].outcome, finding: readFailureFinding(source, policy) }));
}
