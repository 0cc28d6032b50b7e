import { basename } from 'node:path';
import { ALL_SOURCES, sourcesOfResourceType } from '../fhir/resource-sources';
import type { DataSource } from '../rules/types';
import type { BadLine } from './read-files';

/** "Observation.ndjson", "Observation.000.ndjson", "1.Observation.ndjson", "Observation_2.jsonl". */
const TYPED_FILE = /^(?:\d+\.)?([A-Z][A-Za-z]+)(?:[._-]\d+)*\.(?:ndjson|jsonl|json)$/;

/**
 * The sources a bad line of this file may have held: its resource type's, when the file name
 * names a type the app reads; else every source (we cannot know what the line was).
 */
export function sourcesOfFile(file: string): readonly DataSource[] {
  const type = TYPED_FILE.exec(basename(file))?.[1];
  const sources = type === undefined ? [] : sourcesOfResourceType(type);
  return sources.length > 0 ? sources : ALL_SOURCES;
}

/**
 * The lines a run could not read (issue 8.7). We cannot know whose line it was, so the sources it
 * may have held are "could not be read completely" for every patient of the run.
 */
export class UnreadableLines {
  private readonly sources = new Set<DataSource>();
  private count = 0;

  constructor(private readonly warn: (line: string) => void) {}

  readonly add = (bad: BadLine): void => {
    this.count += 1;
    const sources = sourcesOfFile(bad.file);
    for (const s of sources) this.sources.add(s);
    this.warn(
      `${bad.file} line ${bad.line}: ${bad.problem}; skipped, so ${sources.join(', ')} could not be ` +
        `read completely for any patient`,
    );
  };

  /** Lines skipped so far. */
  get lines(): number {
    return this.count;
  }

  /** The sources every patient's assessment must treat as incomplete, in a stable order. */
  unavailable(): readonly DataSource[] {
    return ALL_SOURCES.filter((s) => this.sources.has(s));
  }
}
