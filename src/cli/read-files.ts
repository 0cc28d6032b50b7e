import { readFileSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError, InputError } from './input-error';
import { jsonErrorMessage, parseJsonText } from './json-text';
import { resourcesFromJson } from './json-resources';
import { readLines } from './read-lines';
import { isFhirObject, type SourcedResource } from './sourced-resource';

const NDJSON_EXTENSION = /\.(ndjson|jsonl)$/i;
/** Files a folder contributes; READMEs and licences beside an export are not input. */
const FOLDER_FILE = /\.(json|ndjson|jsonl)$/i;

/** A line of an NDJSON file that is not JSON or not a resource: reported, then skipped. */
export interface BadLine {
  readonly file: string;
  readonly line: number;
  readonly problem: string;
}

/** The default for callers that want no partial reads: a bad line is bad input. */
const refuseBadLine = (bad: BadLine): never => {
  throw new InputError(`${bad.file} line ${bad.line}`, bad.problem);
};

/**
 * Every resource under the given paths, in order: files as given, folders recursively in sorted
 * order, each real file once. Nothing is read ahead: a caller that drops each resource keeps memory flat.
 * @throws InputError for a path that cannot be read or a file that is not FHIR JSON / NDJSON
 */
export async function* readPaths(
  paths: readonly string[],
  onBadLine: (bad: BadLine) => void = refuseBadLine,
): AsyncGenerator<SourcedResource> {
  const seen = new Set<string>();
  for (const path of paths) {
    for (const file of await expandPath(path, seen)) yield* fileResources(file, onBadLine);
  }
}

/**
 * The files a path stands for: itself, or the input files of a folder, sorted, recursively.
 * @param seen - real paths already listed (shared across a run's paths): a folder symlink loop or
 *   a file reached twice is listed once
 */
export async function expandPath(path: string, seen: Set<string> = new Set()): Promise<string[]> {
  let info;
  let real;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    throw new InputError(path, fileProblem(error));
  }
  if (seen.has(real)) return [];
  seen.add(real);
  if (!info.isDirectory()) return [path];
  let names: string[];
  try {
    names = (await readdir(path)).filter((name) => !name.startsWith('.')).sort();
  } catch (error) {
    throw new InputError(path, fileProblem(error));
  }
  const files: string[] = [];
  for (const name of names) {
    const child = join(path, name);
    const childInfo = await stat(child).catch(() => undefined);
    if (childInfo?.isDirectory()) files.push(...(await expandPath(child, seen)));
    else if (childInfo && FOLDER_FILE.test(name)) {
      const realChild = await realpath(child).catch(() => child);
      if (seen.has(realChild)) continue;
      seen.add(realChild);
      files.push(child);
    }
  }
  return files;
}

/**
 * One file's resources. `.ndjson`/`.jsonl` are read line by line; any other file is too when its
 * first line is a JSON value on its own (a Bulk export saved as .json, or a one-line resource:
 * both read the same way), else it is one JSON document, read whole. Synchronous: the command line
 * does one thing at a time, and a line costs no promise (run.ts loops over this directly).
 * @param onBadLine - told of each line of an NDJSON file that is not JSON or not a resource; the
 *   default refuses the file. (The first line of a file not named NDJSON is never a bad line.)
 * @throws InputError for a file that cannot be read or is not FHIR JSON / NDJSON
 */
export function* fileResources(
  file: string,
  onBadLine: (bad: BadLine) => void = refuseBadLine,
): Generator<SourcedResource> {
  let mode: 'unknown' | 'lines' | 'document' = NDJSON_EXTENSION.test(file) ? 'lines' : 'unknown';
  let lineNumber = 0;
  try {
    for (const line of readLines(file)) {
      lineNumber += 1;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(lineNumber === 1 && line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
      } catch (error) {
        if (mode === 'unknown') {
          mode = 'document';
          break;
        }
        onBadLine({ file, line: lineNumber, problem: `invalid JSON: ${jsonErrorMessage(error, line, true)}` });
        continue;
      }
      const known = mode === 'lines';
      mode = 'lines';
      // Most lines of an export are one plain resource: skip the general (generator) path for them.
      if (isFhirObject(value) && value.resourceType !== 'Bundle') {
        yield { resource: value, source: `${file} line ${lineNumber}`, file };
        continue;
      }
      let resources: SourcedResource[];
      try {
        resources = [...resourcesFromJson(value, `${file} line ${lineNumber}`, file)];
      } catch (error) {
        // A .json file whose first line is JSON but not FHIR is a document that is not FHIR.
        if (!known || !(error instanceof InputError)) throw error;
        onBadLine({ file, line: lineNumber, problem: error.message.slice(error.source.length + 2) });
        continue;
      }
      yield* resources;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(file, fileProblem(error));
  }
  // An empty file that does not call itself NDJSON is read as a document, to say it is empty.
  if (mode !== 'lines') yield* resourcesFromJson(readJsonDocument(file), file);
}

function readJsonDocument(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(file, fileProblem(error));
  }
  return parseJsonText(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, file);
}

/** A file-system error in words, without Node's stack or syscall noise. */
export function fileProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    default:
      return `cannot read: ${describeError(error)}`;
  }
}
