/** Runs the real command line as a child process, on temp files the tests write. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');

export interface CliResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  /** stdout's non-empty lines. */
  readonly lines: readonly string[];
}

export function runCli(args: readonly string[], env: Readonly<Record<string, string>> = {}): CliResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/assess.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ASSESS_DEBUG: '', ...env },
    timeout: 60_000,
  });
  const stdout = child.stdout;
  return { status: child.status, stdout, stderr: child.stderr, lines: stdout.split('\n').filter((l) => l !== '') };
}

/** The JSON lines of a run, parsed (the shape is the rules module's Assessment). */
export function assessments(result: CliResult): { patient: { id: string; name?: string }; [key: string]: unknown }[] {
  return result.lines.map((line) => JSON.parse(line) as { patient: { id: string } });
}

/** A temp folder with helpers to write files in it; call `remove()` after the tests. */
export function tempDir(prefix: string): {
  readonly path: (name: string) => string;
  readonly json: (name: string, value: unknown) => string;
  readonly text: (name: string, text: string) => string;
  readonly ndjson: (name: string, values: readonly unknown[]) => string;
  readonly remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const path = (name: string): string => join(dir, name);
  const text = (name: string, content: string): string => {
    mkdirSync(dirname(path(name)), { recursive: true });
    writeFileSync(path(name), content);
    return path(name);
  };
  return {
    path,
    text,
    json: (name, value) => text(name, JSON.stringify(value, null, 2)),
    ndjson: (name, values) => text(name, values.map((v) => JSON.stringify(v)).join('\n') + '\n'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
