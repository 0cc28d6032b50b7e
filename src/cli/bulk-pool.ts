import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { MedicationSummary } from '../fhir/normalize';
import type { FromWorker, ToWorker } from './bulk-protocol';
import type { ChunkReading } from './ndjson-chunk';
import type { ProduceSpec } from './produce';

const ENTRY = new URL('./bulk-worker-entry.mjs', import.meta.url);
/**
 * A worker's heap: a smaller young generation and a bounded old one make V8 collect sooner, so the
 * workers' garbage (parsed lines) does not pile up in the process's memory. A chunk's lines need a
 * few MB; the bound leaves room for a single line (a Bundle) of some 50 MB.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 384 };
const NDJSON = /\.(ndjson|jsonl)$/i;

/**
 * NDJSON bytes below which a run stays on one thread: starting a worker (its own TypeScript
 * loader and UCUM tables) costs about half a second, which a small input would not win back.
 * ASSESS_PARALLEL_MIN_BYTES changes it (tests).
 */
export function parallelMinBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.ASSESS_PARALLEL_MIN_BYTES);
  return env.ASSESS_PARALLEL_MIN_BYTES !== undefined && Number.isInteger(value) && value >= 0 ? value : 8 << 20;
}

/**
 * The default thread count: one. Worker threads measured slower than one thread on the 2-core
 * development machine (README, Benchmarks); `--threads N` opts in until a quiet machine says otherwise.
 */
export const defaultThreads = (): number => 1;

/**
 * A pool of `threads` bulk workers for these files, or undefined when the run is better on one
 * thread (one thread asked for, or less NDJSON than parallelMinBytes()).
 */
export function bulkPoolFor(threads: number, files: readonly string[]): BulkPool | undefined {
  if (threads <= 1) return undefined;
  let bytes = 0;
  for (const file of files) {
    if (!NDJSON.test(file)) continue;
    try {
      bytes += statSync(file).size;
    } catch {
      // The read reports it, in its own words.
    }
  }
  return bytes >= parallelMinBytes() && bytes > 0 ? new BulkPool(threads) : undefined;
}

interface Slot {
  readonly worker: Worker;
  busy: number;
}

type Reply<K extends FromWorker['kind']> = Extract<FromWorker, { kind: K }>;

/** Worker threads that read NDJSON chunks and assess spill shards; jobs go to the least busy. */
export class BulkPool {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, { resolve: (m: FromWorker) => void; reject: (e: Error) => void }>();
  private nextJob = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(readonly threads: number) {
    for (let i = 0; i < threads; i += 1) {
      const slot: Slot = { worker: new Worker(ENTRY, { execArgv: [], resourceLimits: WORKER_LIMITS }), busy: 0 };
      slot.worker.on('message', (message: FromWorker) => {
        slot.busy -= 1;
        const waiting = this.pending.get(message.job);
        this.pending.delete(message.job);
        if (message.kind === 'failed') waiting?.reject(new Error(`a bulk worker failed: ${message.message}`));
        else waiting?.resolve(message);
      });
      slot.worker.on('error', (error) => this.fail(error));
      slot.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a bulk worker stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  /** Reads whole NDJSON lines; `bytes` is handed over to the worker (unusable here afterwards). */
  async chunk(bytes: Uint8Array, first: boolean, file: string, reference: boolean): Promise<ChunkReading> {
    const message: ToWorker = { kind: 'chunk', job: this.nextJob, bytes, first, file, reference };
    return (await this.send<'chunk'>(this.leastBusy(), message, [bytes.buffer as ArrayBuffer])).reading;
  }

  /** Tells every worker what the outputs need (before any shard). */
  async setup(spec: ProduceSpec, medications: ReadonlyMap<string, MedicationSummary>): Promise<void> {
    await Promise.all(
      this.slots.map((slot) => this.send<'setup'>(slot, { kind: 'setup', job: this.nextJob, spec, medications })),
    );
  }

  /** The outputs of one closed spill shard's patients, in patient-id order. */
  async shard(path: string): Promise<readonly (readonly [string, string])[]> {
    return (await this.send<'shard'>(this.leastBusy(), { kind: 'shard', job: this.nextJob, path })).outputs;
  }

  /** Stops the workers (a run calls it once done, or failed). */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private leastBusy(): Slot {
    let best = this.slots[0] as Slot;
    for (const slot of this.slots) if (slot.busy < best.busy) best = slot;
    return best;
  }

  private send<K extends FromWorker['kind']>(
    slot: Slot,
    message: ToWorker,
    transfer: ArrayBuffer[] = [],
  ): Promise<Reply<K>> {
    if (this.failure) return Promise.reject(this.failure);
    this.nextJob += 1;
    slot.busy += 1;
    return new Promise<Reply<K>>((resolve, reject) => {
      this.pending.set(message.job, { resolve: (m) => resolve(m as Reply<K>), reject });
      slot.worker.postMessage(message, transfer);
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const { reject } of this.pending.values()) reject(this.failure);
    this.pending.clear();
  }
}
