import { readsFeeding } from '../../fhir/queries/read-sources';
import { recordsNotRead, type ReadState } from '../../fhir/queries/read-state';
import type { DataSource } from '../../rules/types';

/** What the reads behind a kind of data say about whether an absence can be believed. */
export type Availability =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'capped' }
  | { readonly kind: 'complete' };

/** A kind of data the panels show: the rules' DataSource, fed by the reads of one table. */
export type DataKind = DataSource;

/** The reads a kind of data comes from (src/fhir/queries/read-sources.ts, never a read's label). */
export function readsFor(reads: readonly ReadState[], kind: DataKind): readonly ReadState[] {
  return readsFeeding(reads, kind);
}

/** A failed read wins over a loading one: it will not fix itself. */
export function availabilityOf(reads: readonly ReadState[]): Availability {
  const failed = reads.find((r) => recordsNotRead(r, reads));
  if (failed) {
    const message =
      failed.error?.message ??
      (failed.status === 'not-granted'
        ? 'access was not granted by the EHR'
        : failed.status === 'not-supported'
          ? 'this EHR does not offer it over FHIR'
          : 'read failed');
    // Messages are sentences ("… (HTTP 500)."); callers embed them mid-sentence.
    return { kind: 'failed', message: message.replace(/\.\s*$/, '') };
  }
  if (reads.some((r) => r.status === 'loading' || r.status === 'partial')) return { kind: 'loading' };
  if (reads.some((r) => r.status === 'capped')) return { kind: 'capped' };
  return { kind: 'complete' };
}

export function availabilityFor(reads: readonly ReadState[], kind: DataKind): Availability {
  return availabilityOf(readsFor(reads, kind));
}

/**
 * The words for "nothing here" that stay honest: never "No ALT" while reads load or after one
 * failed (spec §1: missing data is never good news).
 */
export function absencePhrase(name: string, a: Availability): string {
  // "No weight", but "No ALT": keep acronyms as written.
  const lower = /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  switch (a.kind) {
    case 'loading':
      return `${name}: not yet loaded.`;
    case 'failed':
      return `${name} could not be read: ${a.message.replace(/\.$/, '')}.`;
    case 'capped':
      return `No ${lower} in the results read (the EHR had more pages than the app reads).`;
    case 'complete':
      return `No ${lower} on record.`;
  }
}
