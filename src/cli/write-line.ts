import { once } from 'node:events';
import type { Writable } from 'node:stream';

/**
 * Writes one line and waits for the stream to drain when its buffer is full, so thousands of
 * assessments piped to a slow reader do not pile up in memory. No closure holds `line`: an
 * earlier version's promise callbacks kept every line alive until the whole output was written.
 * Rejects if the stream errors while we wait (a stream's own 'error' handler sees it too).
 */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await once(out, 'drain');
}
