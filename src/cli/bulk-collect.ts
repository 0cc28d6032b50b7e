import { closeSync, openSync, readSync } from 'node:fs';
import type { BulkPool } from './bulk-pool';
import type { Collector } from './collector';
import { InputError } from './input-error';
import type { NormalizedItem } from '../fhir/normalize';
import type { ChunkReading } from './ndjson-chunk';
import type { BadLine } from './read-files';
import { fileProblem } from './read-files';
import type { ReadOnce } from './read-once';

/**
 * Bytes per chunk handed to a worker: about a thousand lines of a bulk export. ASSESS_CHUNK_BYTES
 * changes it (tests: many small chunks, lines longer than a chunk).
 */
function chunkBytes(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.ASSESS_CHUNK_BYTES);
  return env.ASSESS_CHUNK_BYTES !== undefined && Number.isInteger(value) && value > 0 ? value : 1 << 20;
}
/** Chunks in flight per worker: one being read, one waiting. */
const IN_FLIGHT_PER_THREAD = 2;

/**
 * Reads one NDJSON file through the pool: the main thread cuts it into chunks of whole lines, the
 * workers parse and normalise them, and the results are placed here in file order, exactly as
 * collectFiles does for a file it reads itself (read-once, bad lines numbered, records per patient).
 * @throws InputError when the file cannot be read
 */
export async function collectNdjsonInPool(
  collector: Collector,
  file: string,
  pool: BulkPool,
  once: ReadOnce,
  onBadLine: (bad: BadLine) => void,
  reference: boolean,
): Promise<void> {
  const chunks = chunksOf(file);
  const inFlight: Promise<ChunkReading>[] = [];
  let first = true;
  let done = false;
  let lineBase = 0;
  for (;;) {
    while (!done && inFlight.length < pool.threads * IN_FLIGHT_PER_THREAD) {
      const next = chunks.next();
      if (next.done) done = true;
      else {
        inFlight.push(pool.chunk(next.value, first, file, reference));
        first = false;
      }
    }
    const reading = await inFlight.shift();
    if (reading === undefined) return;
    for (const bad of reading.bad) onBadLine({ file, line: lineBase + bad.line, problem: bad.problem });
    lineBase += reading.lines;
    place(collector, file, once, reading);
  }
}

function place(collector: Collector, file: string, once: ReadOnce, reading: ChunkReading): void {
  let item = 0;
  reading.keys.forEach((key, resource) => {
    const count = reading.counts[resource] ?? 0;
    if (!once.firstKey(key)) {
      item += count;
      return;
    }
    for (const end = item + count; item < end; item += 1) {
      const patient = reading.patients[item];
      const json = reading.json[item] as string;
      if (patient !== null && patient !== undefined) collector.addLine(file, patient, json);
      else collector.addItems(file, [JSON.parse(json) as NormalizedItem]);
    }
  });
}

/** The file in chunks that end with a line ending (or at the end of the file), each its own buffer. */
function* chunksOf(file: string): Generator<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new InputError(file, fileProblem(error));
  }
  const size = chunkBytes();
  try {
    let carry: Uint8Array = new Uint8Array(0);
    for (;;) {
      // Its own ArrayBuffer (not Node's shared pool), so that it can be transferred whole.
      const buffer = Buffer.allocUnsafeSlow(Math.max(size, carry.length * 2));
      buffer.set(carry, 0);
      let read: number;
      try {
        read = readSync(fd, buffer, carry.length, buffer.length - carry.length, null);
      } catch (error) {
        throw new InputError(file, fileProblem(error));
      }
      const filled = carry.length + read;
      if (read === 0) {
        if (filled > 0) yield buffer.subarray(0, filled);
        return;
      }
      const cut = buffer.lastIndexOf(10, filled - 1);
      if (cut === -1) {
        carry = buffer.subarray(0, filled); // a line longer than a chunk: read on
        continue;
      }
      carry = Uint8Array.prototype.slice.call(buffer, cut + 1, filled); // a copy: the buffer goes away
      yield buffer.subarray(0, cut + 1);
    }
  } finally {
    closeSync(fd);
  }
}
