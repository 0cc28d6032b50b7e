import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readLines } from '../../../src/cli/read-lines';

const dir = mkdtempSync(join(tmpdir(), 'read-lines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

function write(text: string): string {
  const file = join(dir, `f${(n += 1)}.txt`);
  writeFileSync(file, text, 'utf8');
  return file;
}

/** What readline gives for the same file: the behaviour readLines replaces. */
async function readlineLines(file: string): Promise<string[]> {
  const out: string[] = [];
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) out.push(line);
  return out;
}

/** The size of readLines' read buffer (256 KiB): endings and characters placed across it. */
const CHUNK = 1 << 18;

describe('readLines (the command line reads NDJSON with it)', () => {
  it('gives the lines readline gives, for any mix of \\n, \\r\\n, a lone \\r and multibyte text', async () => {
    const piece = fc.constantFrom('a', '{"x":1}', 'é', '€', '\n', '\r\n', '\r', '');
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 40 }), async (pieces) => {
        const file = write(pieces.join(''));
        expect([...readLines(file)]).toEqual(await readlineLines(file));
      }),
      { seed: 20261201, numRuns: 200 },
    );
  });

  it('keeps a \\r\\n split across two reads as one line ending', async () => {
    const file = write(`${'a'.repeat(CHUNK - 1)}\r\nnext\n`);
    const lines = [...readLines(file)];
    expect(lines).toEqual(await readlineLines(file));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('next');
  });

  it('does not split a multibyte character that straddles two reads', async () => {
    const file = write(`${'a'.repeat(CHUNK - 1)}€\nµ`);
    const lines = [...readLines(file)];
    expect(lines).toEqual([`${'a'.repeat(CHUNK - 1)}€`, 'µ']);
  });

  it('throws the file system error for a missing file', () => {
    expect(() => [...readLines(join(dir, 'missing.ndjson'))]).toThrow(/ENOENT/);
  });
});
