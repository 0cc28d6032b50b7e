import { resolveBundleReferences } from './bundle-references';
import { InputError } from './input-error';
import { isFhirObject, isObject, type SourcedResource } from './sourced-resource';

/**
 * The resources in one parsed JSON value: a Bundle of any type (its entries, recursively), an
 * array of resources, or one resource. A value that is not FHIR is an input error.
 * Each slot is cleared once taken, so a resource's raw JSON can be collected once normalised.
 * Bundles and arrays are walked with a list of pending values, not by recursion: a Bundle nested
 * thousands of levels deep is read like a flat one (issue 8.8), in the same order.
 * @param value - the parsed JSON (mutated: ids and references filled in, slots cleared)
 * @param source - where it came from, for messages ("data/a.json", "export.ndjson line 4")
 * @param file - the file alone
 */
export function* resourcesFromJson(value: unknown, source: string, file = source): Generator<SourcedResource> {
  // Last in, first out: children are pushed in reverse so they come out in document order.
  const pending: { value: unknown; source: string }[] = [{ value, source }];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const { value: node, source: where } = next;
    if (Array.isArray(node)) {
      if (node.length === 0) continue;
      if (!node.some(isFhirObject)) throw new InputError(where, 'not FHIR: an array with no resourceType in it');
      for (let i = node.length - 1; i >= 0; i -= 1) {
        pending.push({ value: node[i], source: `${where} item ${i + 1}` });
        node[i] = undefined;
      }
      continue;
    }
    if (!isFhirObject(node)) {
      throw new InputError(where, isObject(node) ? 'not FHIR: no resourceType' : 'not FHIR: not a JSON object');
    }
    if (node.resourceType !== 'Bundle') {
      yield { resource: node, source: where, file };
      continue;
    }
    // Bundle.entry may be absent (an empty search page); a bundle holds no clinical data itself.
    const entries = node.entry;
    if (!Array.isArray(entries)) continue;
    resolveBundleReferences(entries);
    for (let i = entries.length - 1; i >= 0; i -= 1) {
      const entry: unknown = entries[i];
      entries[i] = undefined;
      // A DELETE or a transaction-response entry has no resource: nothing to read.
      if (!isObject(entry) || entry.resource === undefined) continue;
      pending.push({ value: entry.resource, source: `${where} entry ${i + 1}` });
    }
  }
}
