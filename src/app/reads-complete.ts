import type { ReadState } from '../fhir/queries/read-state';

/**
 * True once no read is waiting for its first page or streaming later ones. Until then the data
 * (and the assessment made from it) is provisional: a result on a page not yet read can change
 * it, so an absence or an "overdue" must not be presented as final.
 */
export function readsComplete(reads: readonly ReadState[]): boolean {
  return reads.every((r) => r.status !== 'loading' && r.status !== 'partial');
}
