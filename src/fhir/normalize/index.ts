/**
 * The normalisation layer: FHIR R4 resources → the domain records of src/rules/types.
 * Streaming use (NDJSON): call `normalizeResource` per line, keep the items (not the JSON), gather
 * `medication-summary` items with `medicationSummaries`, then `assembleClinicalData` per patient.
 */
import type { ClinicalData, DataNote } from '../../rules/types';
import { assembleClinicalData } from './assemble';
import type { MedicationSummary, NormalizeContext, NormalizedItem } from './items';
import { normalizeResource } from './normalize-resource';

export { assembleClinicalData } from './assemble';
export { normalizeResource, patientOf } from './normalize-resource';
export { normalizeResourceFast } from './fast-lab';
export type { MedicationSummary, NormalizeContext, NormalizedItem } from './items';

/** The Medication summaries among `items`, by id. */
export function medicationSummaries(items: Iterable<NormalizedItem>): Map<string, MedicationSummary> {
  const out = new Map<string, MedicationSummary>();
  for (const item of items) if (item.type === 'medication-summary') out.set(item.summary.id, item.summary);
  return out;
}

/** The patient a flat list is about: the Patient resource's id, else the most common subject. */
function choosePatient(items: readonly NormalizedItem[]): string | undefined {
  const counts = new Map<string, number>();
  for (const item of items) {
    if (item.type !== 'medication-summary' && item.patientId !== undefined) {
      counts.set(item.patientId, (counts.get(item.patientId) ?? 0) + 1);
    }
  }
  const patients = items.flatMap((i) => (i.type === 'patient' ? [i.patientId] : []));
  const candidates = patients.length > 0 ? [...new Set(patients)] : [...counts.keys()];
  return candidates.sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0))[0];
}

/**
 * Items per resource object, for one converter: normalising a resource depends on it and the
 * converter only, and parsed resources are never changed.
 */
export type NormalizeCache = WeakMap<object, NormalizedItem[]>;

/**
 * Normalises one patient's resources (Bundles already unwrapped; Medication resources included).
 * When several patients appear, keeps the Patient resource's id (or the most common subject) and
 * notes each other patient with `data.sibling-patient` and how many records were left out.
 * @param resources - parsed FHIR resources
 * @param ctx - the unit converter to use
 * @param cache - items already made from these resource objects with the same `ctx` (a streamed read
 *   hands over the same objects again with every page: only the new ones are normalised)
 */
export function normalizePatientResources(
  resources: readonly unknown[],
  ctx: NormalizeContext,
  cache?: NormalizeCache,
): ClinicalData {
  const items = resources.flatMap((r) => {
    if (cache === undefined || typeof r !== 'object' || r === null) return normalizeResource(r, ctx);
    const known = cache.get(r);
    if (known) return known;
    const fresh = normalizeResource(r, ctx);
    cache.set(r, fresh);
    return fresh;
  });
  const patientId = choosePatient(items) ?? '(unknown)';
  const others = new Map<string, number>();
  for (const item of items) {
    if (item.type !== 'medication-summary' && item.patientId !== undefined && item.patientId !== patientId) {
      others.set(item.patientId, (others.get(item.patientId) ?? 0) + 1);
    }
  }
  const siblingNotes: NormalizedItem[] = [...others].map(([id, n]): NormalizedItem => {
    const note: DataNote = {
      code: 'data.sibling-patient',
      detail: `${n} record(s) of another patient (${id}) were left out.`,
      resourceType: 'Patient',
      id,
    };
    return { type: 'note', note };
  });
  return assembleClinicalData(patientId, [...items, ...siblingNotes], medicationSummaries(items));
}
