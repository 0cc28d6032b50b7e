/**
 * A bulk worker thread (started by bulk-pool.ts through bulk-worker-entry.mjs): reads and
 * normalises NDJSON chunks, then assesses spill shards, with the same functions the main thread
 * uses on its own (readChunk, groupShardLines, producePatient).
 */
import { parentPort } from 'node:worker_threads';
import type { MedicationSummary, NormalizedItem } from '../fhir/normalize';
import { loadUcumConverter } from '../fhir/units';
import type { FromWorker, ToWorker } from './bulk-protocol';
import { describeError } from './input-error';
import { readChunk } from './ndjson-chunk';
import { groupShardLines } from './patient-store';
import { producePatient, type ProduceSpec } from './produce';
import { readShardFile } from './spill-shards';

const port = parentPort;
if (port === null) throw new Error('bulk-worker.ts runs in a worker thread');
const units = await loadUcumConverter();
let setup: { readonly spec: ProduceSpec; readonly medications: ReadonlyMap<string, MedicationSummary> } | undefined;

function handle(message: ToWorker): FromWorker {
  switch (message.kind) {
    case 'chunk': {
      const { bytes } = message;
      const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
      return {
        kind: 'chunk',
        job: message.job,
        reading: readChunk(text, message.first, message.file, units, message.reference),
      };
    }
    case 'setup':
      setup = { spec: message.spec, medications: message.medications };
      return { kind: 'setup', job: message.job };
    case 'shard': {
      if (setup === undefined) throw new Error('a shard before the setup');
      const { spec, medications } = setup;
      const outputs = groupShardLines<NormalizedItem>(readShardFile(message.path)).map(
        ([id, items]) => [id, producePatient(spec, id, items, medications)] as const,
      );
      return { kind: 'shard', job: message.job, outputs };
    }
  }
}

port.on('message', (message: ToWorker) => {
  let reply: FromWorker;
  try {
    reply = handle(message);
  } catch (error) {
    reply = { kind: 'failed', job: message.job, message: describeError(error) };
  }
  port.postMessage(reply);
});
