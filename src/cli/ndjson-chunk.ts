/**
 * A run of whole NDJSON lines read and normalised, the work a bulk worker does for the main thread
 * (src/cli/bulk-collect.ts). Line for line what fileResources does for a file named .ndjson/.jsonl
 * (a line that is not JSON or not FHIR is a bad line; a Bundle on a line gives its entries), and
 * resource for resource what the collector does (normaliseSafely), with the records already
 * serialised for the spill files so that the main thread only places them.
 */
import type { UnitConverter } from '../fhir/units';
import { normalizeSafely } from './collector';
import { InputError } from './input-error';
import { jsonErrorMessage } from './json-text';
import { resourcesFromJson } from './json-resources';
import { readOnceKey } from './read-once';
import { isFhirObject, type FhirObject } from './sourced-resource';

export interface ChunkReading {
  /** Lines in the chunk (blank ones too): the next chunk's first line number follows. */
  readonly lines: number;
  /** Lines that could not be read, numbered from 1 within the chunk. */
  readonly bad: readonly { readonly line: number; readonly problem: string }[];
  /** Per resource, in order: its read-once key ('' when it is never a repeat). */
  readonly keys: readonly string[];
  /** Per resource: how many items it gave. */
  readonly counts: readonly number[];
  /** Per item: its patient, or null for an item the collector places itself (then `json` is the item). */
  readonly patients: readonly (string | null)[];
  /** Per item: the spill line `[patientId, item]` as JSON, or the item as JSON. */
  readonly json: readonly string[];
}

/** readline's line endings, as in read-lines.ts. */
const LINE_ENDING = /\r?\n|\r(?!\n)/;

/**
 * @param text - whole lines (the chunk ends with a line ending, or at the end of the file)
 * @param first - the chunk starts the file (its first line may begin with a byte-order mark)
 */
export function readChunk(
  text: string,
  first: boolean,
  file: string,
  units: UnitConverter,
  reference: boolean,
): ChunkReading {
  const lines = text.indexOf('\r') === -1 ? text.split('\n') : text.split(LINE_ENDING);
  if (lines[lines.length - 1] === '') lines.pop(); // after the last ending
  const reading: Mutable<ChunkReading> = { lines: lines.length, bad: [], keys: [], counts: [], patients: [], json: [] };
  const take = (resource: FhirObject): void => {
    reading.keys.push(readOnceKey(resource));
    const items = normalizeSafely(resource, units, reference);
    reading.counts.push(items.length);
    for (const item of items) {
      const patient = item.type !== 'medication-summary' ? item.patientId : undefined;
      reading.patients.push(patient ?? null);
      reading.json.push(JSON.stringify(patient !== undefined ? [patient, item] : item));
    }
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(first && i === 0 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
    } catch (error) {
      reading.bad.push({ line: i + 1, problem: `invalid JSON: ${jsonErrorMessage(error, line, true)}` });
      continue;
    }
    if (isFhirObject(value) && value.resourceType !== 'Bundle') {
      take(value);
      continue;
    }
    let resources;
    try {
      resources = [...resourcesFromJson(value, `${file} line ${i + 1}`, file)];
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      reading.bad.push({ line: i + 1, problem: error.message.slice(error.source.length + 2) });
      continue;
    }
    for (const { resource } of resources) take(resource);
  }
  return reading;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };
