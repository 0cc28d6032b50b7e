import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bytes gathered per shard before one write; small writes would dominate otherwise. */
const FLUSH_AT = 1 << 17;

/**
 * Append-only temp files, one line per record, spread over shards by a hash of the patient id, so
 * that one shard at a time can be read back and grouped in memory. Removed by `dispose()`.
 */
export class SpillShards {
  readonly dir = mkdtempSync(join(tmpdir(), 'riluzole-assess-'));
  private readonly fds: number[] = [];
  private readonly buffers: string[][] = [];
  private readonly sizes: number[] = [];

  /** process.exit() (a closed pipe, Ctrl-C) skips `finally` blocks but not 'exit' listeners. */
  private readonly onExit = (): void => this.dispose();

  constructor(readonly count: number) {
    process.on('exit', this.onExit);
    for (let i = 0; i < count; i += 1) {
      this.fds.push(openSync(this.path(i), 'w'));
      this.buffers.push([]);
      this.sizes.push(0);
    }
  }

  path(shard: number, suffix = 'in'): string {
    return join(this.dir, `${shard}.${suffix}`);
  }

  shardOf(patientId: string): number {
    // FNV-1a: cheap, and spreads similar ids ("p0001", "p0002") over shards.
    let hash = 0x811c9dc5;
    for (let i = 0; i < patientId.length; i += 1) hash = Math.imul(hash ^ patientId.charCodeAt(i), 0x01000193);
    return (hash >>> 0) % this.count;
  }

  /** @param line - one line (no newline inside) */
  append(shard: number, line: string): void {
    const buffer = this.buffers[shard];
    if (buffer === undefined) throw new RangeError(`no shard ${shard}`);
    buffer.push(line);
    this.sizes[shard] = (this.sizes[shard] ?? 0) + line.length + 1;
    if ((this.sizes[shard] ?? 0) >= FLUSH_AT) this.flush(shard);
  }

  /** Writes what is buffered and closes the files; the shards can then be read. */
  close(): void {
    for (let shard = 0; shard < this.count; shard += 1) this.flush(shard);
    for (const fd of this.fds.splice(0)) closeSync(fd);
  }

  /** One shard's lines (a shard is a small part of the input by construction). */
  readLines(shard: number): string[] {
    return readShardFile(this.path(shard));
  }

  dispose(): void {
    process.off('exit', this.onExit);
    for (const fd of this.fds.splice(0)) closeSync(fd);
    rmSync(this.dir, { recursive: true, force: true });
  }

  private flush(shard: number): void {
    const buffer = this.buffers[shard];
    const fd = this.fds[shard];
    if (buffer === undefined || fd === undefined || buffer.length === 0) return;
    writeSync(fd, `${buffer.join('\n')}\n`);
    this.buffers[shard] = [];
    this.sizes[shard] = 0;
  }
}

/** The lines of a closed shard file (a bulk worker reads them by path). */
export function readShardFile(path: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.pop(); // after the last newline
  return lines;
}
