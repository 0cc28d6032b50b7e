import { resolveBundleReferences } from './bundle-references';
import { InputError } from './input-error';
import { isFhirObject, isObject, type SourcedResource } from './sourced-resource';

/**
 * The resources in one parsed JSON value: a Bundle of any type (its entries, recursively), an
 * array of resources, or one resource. A value that is not FHIR is an input error.
 * Each slot is cleared once yielded, so a resource's raw JSON can be collected once normalised.
 * @param value - the parsed JSON (mutated: ids and references filled in, slots cleared)
 * @param source - where it came from, for messages ("data/a.json", "export.ndjson line 4")
 * @param file - the file alone
 */
export function* resourcesFromJson(value: unknown, source: string, file = source): Generator<SourcedResource> {
  if (Array.isArray(value)) {
    if (value.length === 0) return;
    if (!value.some(isFhirObject)) throw new InputError(source, 'not FHIR: an array with no resourceType in it');
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      value[i] = undefined;
      yield* resourcesFromJson(item, `${source} item ${i + 1}`, file);
    }
    return;
  }
  if (!isFhirObject(value)) {
    throw new InputError(source, isObject(value) ? 'not FHIR: no resourceType' : 'not FHIR: not a JSON object');
  }
  if (value.resourceType !== 'Bundle') {
    yield { resource: value, source, file };
    return;
  }
  // Bundle.entry may be absent (an empty search page); a bundle holds no clinical data itself.
  const entries = value.entry;
  if (!Array.isArray(entries)) return;
  resolveBundleReferences(entries);
  for (let i = 0; i < entries.length; i += 1) {
    const entry: unknown = entries[i];
    entries[i] = undefined;
    // A DELETE or a transaction-response entry has no resource: nothing to read.
    if (!isObject(entry) || entry.resource === undefined) continue;
    yield* resourcesFromJson(entry.resource, `${source} entry ${i + 1}`, file);
  }
}
