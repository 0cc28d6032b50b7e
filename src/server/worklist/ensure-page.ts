/**
 * `npm run serve` from a fresh clone: the worklist page is a Vite build (dist/worklist.html and
 * dist/assets/). When it is missing, build it once (about half a minute) before listening.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository root (this file is src/server/worklist/). */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export class PageBuildError extends Error {
  override readonly name = 'PageBuildError';
}

/**
 * @returns the build folder holding worklist.html
 * @param log - where the one line "building…" goes (stderr)
 */
export async function ensureWorklistPage(log: (line: string) => void, root = REPO_ROOT): Promise<string> {
  const dist = join(root, 'dist');
  if (existsSync(join(dist, 'worklist.html'))) return dist;
  log('serve: dist/worklist.html is missing: building it (vite build --mode worklist)…');
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const status = await new Promise<number | null>((done) => {
    const child = spawn(process.execPath, [vite, 'build', '--mode', 'worklist', '--logLevel', 'warn'], {
      cwd: root,
      stdio: ['ignore', 2, 2],
    });
    child.on('error', () => done(null));
    child.on('exit', (code) => done(code));
  });
  if (status !== 0 || !existsSync(join(dist, 'worklist.html'))) {
    throw new PageBuildError('the worklist page could not be built (run npm run build to see why)');
  }
  return dist;
}
