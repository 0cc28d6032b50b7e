import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { SpillShards } from './spill-shards';

/** How many shards a spilled store uses: each is read back whole, so each must stay small. */
const SHARDS = 64;

/**
 * Normalised records held per patient until every input has been read (a Bulk export has one file
 * per resource type, so a patient is complete only at the end). Records are small, but a large
 * export's records outgrow memory: past `spillAfter` records the store moves them to temp files
 * sharded by patient, assesses one shard at a time, and merges the shards' outputs back into
 * patient-id order. Peak memory is then about one shard, whatever the input's size.
 */
export class PatientStore<Item> {
  private memory = new Map<string, Item[]>();
  private readonly ids = new Set<string>();
  private held = 0;
  private spill: SpillShards | undefined;

  constructor(private readonly spillAfter: number) {}

  add(patientId: string, item: Item): void {
    this.ids.add(patientId);
    if (this.spill) {
      this.spill.append(this.spill.shardOf(patientId), JSON.stringify([patientId, item]));
      return;
    }
    const items = this.memory.get(patientId);
    if (items) items.push(item);
    else this.memory.set(patientId, [item]);
    this.held += 1;
    if (this.held > this.spillAfter) this.startSpilling();
  }

  /**
   * A record already serialised as a spill line, `JSON.stringify([patientId, item])` (the bulk
   * workers write them): the store spills from then on, and the line goes to its shard unparsed.
   */
  addLine(patientId: string, line: string): void {
    this.ids.add(patientId);
    const spill = this.spill ?? this.startSpilling();
    spill.append(spill.shardOf(patientId), line);
  }

  get spilled(): boolean {
    return this.spill !== undefined;
  }

  /** Patient ids in code-unit order: the same order on every machine and locale. */
  patientIds(): string[] {
    return [...this.ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /**
   * Calls `produce` once per patient, and `write` with its line, in patient-id order.
   * @param produce - one patient's output (may hold newlines)
   * @param produceShard - given, a spilled store has each shard's outputs made by it instead (by a
   *   bulk worker, from the shard's file: groupShardLines, then `produce`'s equal), several at once
   */
  async emitInOrder(
    produce: (patientId: string, items: Item[]) => string,
    write: (text: string) => Promise<void>,
    produceShard?: (path: string) => Promise<readonly (readonly [string, string])[]>,
  ): Promise<void> {
    const ids = this.patientIds();
    if (!this.spill) {
      for (const id of ids) {
        const items = this.memory.get(id) ?? [];
        this.memory.delete(id); // memory falls as output goes out
        await write(produce(id, items));
      }
      return;
    }
    // Shards come back in hash order; each patient's output goes to one file at a known offset
    // and is read back in id order, so only one patient's output is in memory at a time.
    const spill = this.spill;
    const file = openSync(spill.path(0, 'out'), 'w+');
    try {
      spill.close();
      const where = new Map<string, readonly [number, number]>();
      let offset = 0;
      const put = (id: string, text: string): void => {
        const bytes = Buffer.from(text, 'utf8');
        writeSync(file, bytes, 0, bytes.length, offset);
        where.set(id, [offset, bytes.length]);
        offset += bytes.length;
      };
      const shards = Array.from({ length: spill.count }, (_, shard) => shard);
      if (produceShard) {
        // Outputs land in the file as they arrive, in any order: `where` keeps each one's place.
        await Promise.all(
          shards.map(async (shard) => {
            for (const [id, text] of await produceShard(spill.path(shard))) put(id, text);
          }),
        );
      } else {
        for (const shard of shards) {
          for (const [id, items] of groupShardLines<Item>(spill.readLines(shard))) put(id, produce(id, items));
        }
      }
      for (const id of ids) {
        const [position, length] = where.get(id) ?? [0, 0];
        const bytes = Buffer.allocUnsafe(length);
        readSync(file, bytes, 0, length, position);
        await write(bytes.toString('utf8'));
      }
    } finally {
      closeSync(file);
      spill.dispose();
    }
  }

  /** Removes the temp files, if any (emitInOrder does it too; this is for a run that failed). */
  dispose(): void {
    this.spill?.dispose();
  }

  private startSpilling(): SpillShards {
    const spill = new SpillShards(SHARDS);
    this.spill = spill;
    for (const [id, items] of this.memory) {
      for (const item of items) spill.append(spill.shardOf(id), JSON.stringify([id, item]));
    }
    this.memory = new Map();
    return spill;
  }
}

/**
 * One shard's lines (written by PatientStore) grouped by patient, in patient-id order: the order
 * its outputs are made in. Used by the store and by the bulk workers.
 */
export function groupShardLines<Item>(lines: readonly string[]): [string, Item[]][] {
  const byPatient = new Map<string, Item[]>();
  for (const line of lines) {
    const [id, item] = JSON.parse(line) as [string, Item]; // written by PatientStore
    const items = byPatient.get(id);
    if (items) items.push(item);
    else byPatient.set(id, [item]);
  }
  return [...byPatient].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
