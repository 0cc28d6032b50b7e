/**
 * Which kinds of record (the rules' DataSource) a FHIR resource type feeds. When a resource of a
 * type could not be read (a corrupt NDJSON line, a failed Bulk Data file), these sources are the
 * ones the rules must treat as "could not be read completely": missing data is never good news.
 */
import type { DataSource } from '../rules/types';
import { DATA_SOURCES } from './queries/read-sources';

/** Every source: what an unreadable resource of unknown type may have been. */
export const ALL_SOURCES: readonly DataSource[] = DATA_SOURCES;

/** An Observation may be a lab, a vital sign, lung function or a status (smoking, pregnancy, breast-feeding). */
const OBSERVATION_SOURCES: readonly DataSource[] = [
  'labs',
  'vital-signs',
  'lung-function',
  'smoking',
  'pregnancy-status',
  'breastfeeding-status',
];

const BY_TYPE: ReadonlyMap<string, readonly DataSource[]> = new Map<string, readonly DataSource[]>([
  ['Observation', OBSERVATION_SOURCES],
  ['MedicationRequest', ['medications']],
  ['MedicationStatement', ['medications']],
  ['Medication', ['medications']],
  ['Condition', ['conditions']],
  ['AllergyIntolerance', ['allergies']],
  ['Patient', ['patient']],
]);

/**
 * The sources a resource type feeds.
 * @param type - a FHIR resource type, e.g. "Observation"
 * @returns the sources (none for a type the app does not read, e.g. "Encounter")
 */
export function sourcesOfResourceType(type: string): readonly DataSource[] {
  return BY_TYPE.get(type) ?? [];
}
