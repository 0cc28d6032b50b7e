/** The messages between the main thread (bulk-pool.ts) and a bulk worker (bulk-worker.ts). */
import type { MedicationSummary } from '../fhir/normalize';
import type { ChunkReading } from './ndjson-chunk';
import type { ProduceSpec } from './produce';

export type ToWorker =
  /** Read and normalise whole NDJSON lines (the bytes are transferred, not copied). */
  | {
      readonly kind: 'chunk';
      readonly job: number;
      readonly bytes: Uint8Array;
      readonly first: boolean;
      readonly file: string;
      readonly reference: boolean;
    }
  /** What every patient's output needs, once every input has been read. */
  | {
      readonly kind: 'setup';
      readonly job: number;
      readonly spec: ProduceSpec;
      readonly medications: ReadonlyMap<string, MedicationSummary>;
    }
  /** Assess the patients of one closed spill shard. */
  | { readonly kind: 'shard'; readonly job: number; readonly path: string };

export type FromWorker =
  | { readonly kind: 'chunk'; readonly job: number; readonly reading: ChunkReading }
  | { readonly kind: 'setup'; readonly job: number }
  /** Each patient of the shard and their output, in patient-id order. */
  | { readonly kind: 'shard'; readonly job: number; readonly outputs: readonly (readonly [string, string])[] }
  | { readonly kind: 'failed'; readonly job: number; readonly message: string };
