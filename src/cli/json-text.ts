import { InputError } from './input-error';
import { jsonErrorOffset } from './json-error-offset';

/**
 * Parses JSON text; on failure names the line and column a person can open.
 * @throws InputError naming `source` and the problem
 */
export function parseJsonText(text: string, source: string): unknown {
  if (text.trim() === '') throw new InputError(source, 'invalid JSON: the file is empty');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(source, `invalid JSON: ${jsonErrorMessage(error, text)}`);
  }
}

/**
 * V8's message on one line, without its excerpt of the text (which may span lines and hold
 * patient data), followed by the line and column of the error in `text` (the column alone for
 * one NDJSON line, whose line number the caller gives).
 */
export function jsonErrorMessage(error: unknown, text: string, oneLine = false): string {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/ (in JSON )?at position \d+/, '')
    .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
    .replace(/\s+/g, ' ');
  const offset = jsonErrorOffset(text);
  if (offset === undefined) return message;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return oneLine ? `${message} at column ${column}` : `${message} at line ${line} column ${column}`;
}
