import type { FhirResource } from '../fhir/queries/bundle';

/**
 * Several reads return the same resource (an ALT by LOINC code and again by category): keep one
 * per type/id, the first seen. Resources without an id are kept as they are.
 */
export function dedupeResources(lists: readonly (readonly FhirResource[])[]): FhirResource[] {
  const seen = new Set<string>();
  const out: FhirResource[] = [];
  for (const list of lists) {
    for (const r of list) {
      if (r.id !== undefined) {
        const key = `${r.resourceType}/${r.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
      }
      out.push(r);
    }
  }
  return out;
}
