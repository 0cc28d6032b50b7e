/**
 * Builds worklist entries from a worklist case: each patient's clinical case through the real
 * normaliser and rules, and each review's scope from the assessment the reviewer saw.
 */
import type { Resource } from '@medplum/fhirtypes';
import { normalizePatientResources } from '../../../src/fhir/normalize';
import { loadUcumConverter } from '../../../src/fhir/units';
import { addDays, assessRiluzole, reviewScope } from '../../../src/rules';
import type { Assessment, DataSource, IsoDate } from '../../../src/rules/types';
import type { Review, WorklistEntry } from '../../../src/rules/worklist';
import { ALL_CASES } from '../../cases';
import { CASE_AS_OF } from '../../cases/case';
import type { WorklistCase, WorklistCasePatient, WorklistCaseReview } from '../../cases/worklist/case';

const units = await loadUcumConverter();

/** The resource types a failed read of each source leaves out (as a failed Bulk Data type would). */
const DROPPED: Readonly<Record<DataSource, readonly string[]>> = {
  labs: ['Observation'],
  'pregnancy-status': [],
  'breastfeeding-status': [],
  smoking: [],
  'vital-signs': [],
  'lung-function': [],
  medications: ['MedicationRequest', 'MedicationStatement', 'Medication'],
  conditions: ['Condition'],
  allergies: ['AllergyIntolerance'],
  patient: [],
};

/** Normalise and assess resources as the command line does. */
export function assessResources(
  resources: readonly Resource[],
  asOf: IsoDate,
  unavailable: readonly DataSource[] = [],
): Assessment {
  const dropped = new Set(unavailable.flatMap((s) => DROPPED[s]));
  const data = normalizePatientResources(
    resources.filter((r) => !dropped.has(r.resourceType)),
    { units },
  );
  return assessRiluzole(unavailable.length > 0 ? { ...data, unavailable } : data, { asOf });
}

/** A clinical case by id, built at CASE_AS_OF, with the reads it says failed. */
export function caseResources(id: string): { resources: readonly Resource[]; unavailable: readonly DataSource[] } {
  const c = ALL_CASES.find((x) => x.id === id);
  if (!c) throw new Error(`no clinical case ${id}`);
  const built = c.build(CASE_AS_OF);
  return { resources: built.resources, unavailable: built.unavailable ?? [] };
}

export const day = (days: number): IsoDate => addDays(CASE_AS_OF, days);

function toReview(r: WorklistCaseReview, p: WorklistCasePatient): Review {
  const { resources, unavailable } = caseResources(p.case);
  const saw = assessResources(resources, day(r.sawAsOfDays ?? 0), [...unavailable, ...(p.unavailable ?? [])]);
  return {
    action: r.action,
    by: r.by,
    at: `${day(r.atDays)}T09:00:00Z`,
    ...(r.untilDays !== undefined ? { until: day(r.untilDays) } : {}),
    ...(r.note !== undefined ? { note: r.note } : {}),
    ...reviewScope(saw),
  };
}

/** The worklist's entries and its `today` for a worklist case. */
export function buildCase(wc: WorklistCase): { entries: WorklistEntry[]; today: IsoDate } {
  const asOf = day(wc.exportAsOfDays ?? 0);
  const entries = wc.patients.map((p): WorklistEntry => {
    const { resources, unavailable } = caseResources(p.case);
    const current = [...resources, ...(p.later?.(CASE_AS_OF) ?? [])];
    return {
      assessment: assessResources(current, asOf, [...unavailable, ...(p.unavailable ?? [])]),
      reviews: (p.reviews ?? []).map((r) => toReview(r, p)),
      ...(p.notAssessed !== undefined ? { notAssessed: { reason: p.notAssessed } } : {}),
    };
  });
  return { entries, today: day(wc.todayDays ?? wc.exportAsOfDays ?? 0) };
}
