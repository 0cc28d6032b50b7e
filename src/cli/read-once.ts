import { sourcesOfResourceType } from '../fhir/resource-sources';

/**
 * The key a resource is read once by: its type and id, for the types the app reads ('' for any
 * other resource, and one without an id: never a repeat). An Organization shared by several
 * Synthea bundles is no news.
 */
export function readOnceKey(resource: { readonly resourceType: string; readonly id?: unknown }): string {
  if (typeof resource.id !== 'string' || resource.id === '') return '';
  if (sourcesOfResourceType(resource.resourceType).length === 0) return '';
  // The types the app reads have no "/" in their names: the key is unambiguous.
  return `${resource.resourceType}/${resource.id}`;
}

/** Remembers the resources read, by type and id: a resource found in two files is read once. */
export class ReadOnce {
  private readonly keys = new Set<string>();
  repeats = 0;

  first(resource: { readonly resourceType: string; readonly id?: unknown }): boolean {
    return this.firstKey(readOnceKey(resource));
  }

  /** @param key - readOnceKey's */
  firstKey(key: string): boolean {
    if (key === '') return true;
    if (this.keys.has(key)) {
      this.repeats += 1;
      return false;
    }
    this.keys.add(key);
    return true;
  }
}
