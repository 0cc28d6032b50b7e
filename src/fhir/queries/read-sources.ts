/**
 * The one table of which FHIR read feeds which kind of data (docs/clinical-spec.md §2.1). The rules
 * are told which kinds could not be read (`ClinicalData.unavailable`), and every panel asks the same
 * table which reads stand behind what it shows; nothing decides it from a read's label text.
 */
import { DATA_SOURCES, type DataSource } from '../../rules/types';
import type { ReadId } from './read-plan';
import { type ReadState, recordsNotRead } from './read-state';

/** A read id without its part number: the LOINC lab search may be split into several reads. */
type ReadFamily = Exclude<ReadId, `labs-loinc-${number}`> | 'labs-loinc';

/** What each read of the launch plan (read-plan.ts) and the Medication batch feed. */
export const READ_SOURCES: Readonly<Record<ReadFamily, readonly DataSource[]>> = {
  patient: ['patient'],
  'labs-loinc': ['labs'],
  'labs-category': ['labs'],
  smoking: ['smoking'],
  // One search for both codes (LOINC 82810-3, SNOMED 413712001): a failure leaves both unread.
  pregnancy: ['pregnancy-status', 'breastfeeding-status'],
  'vital-signs': ['vital-signs'],
  fvc: ['lung-function'],
  'medication-requests': ['medications'],
  'medication-statements': ['medications'],
  // The referenced Medications: without them a riluzole order may not be recognised.
  medications: ['medications'],
  conditions: ['conditions'],
  allergies: ['allergies'],
};

function familyOf(readId: string): ReadFamily | undefined {
  if (/^labs-loinc(-\d+)?$/.test(readId)) return 'labs-loinc';
  return Object.hasOwn(READ_SOURCES, readId) ? (readId as ReadFamily) : undefined;
}

/** The kinds of data a read feeds; none for an id the plan does not make. */
export function sourcesOfRead(readId: string): readonly DataSource[] {
  const family = familyOf(readId);
  return family ? READ_SOURCES[family] : [];
}

/** The reads behind one kind of data. */
export function readsFeeding(reads: readonly ReadState[], source: DataSource): readonly ReadState[] {
  return reads.filter((r) => sourcesOfRead(r.id).includes(source));
}

/** Every kind of data, in the order the rules and the screen name them (defined beside its type). */
export { DATA_SOURCES };

/**
 * Kinds of data with a read whose records were not read (failed, denied, or a 404 that no other
 * read covers: MedicationStatement beside MedicationRequest). Missing data is never good news (§1).
 */
export function unavailableSources(reads: readonly ReadState[]): DataSource[] {
  const out = new Set<DataSource>();
  for (const r of reads) if (recordsNotRead(r, reads)) for (const s of sourcesOfRead(r.id)) out.add(s);
  return DATA_SOURCES.filter((s) => out.has(s));
}
