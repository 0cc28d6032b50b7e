/**
 * The production build (`vite build`) served as plain static files under a sub-path of the dev
 * server's origin, the sandbox's only registered redirect origin: a hospital's deployment in
 * miniature, for the built-app e2e test and `npm run bench -- --build`.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { build, type Connect } from 'vite';
import { devOnlyEntries } from '../../../tools/smart-config-plugin';
import { ROOT, type DevServer } from './dev-server';

/** Where the build is served on the dev server's origin. */
export const BUILD_PREFIX = '/riluzole/';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

export interface ServedBuild {
  readonly outDir: string;
  remove(): void;
}

/**
 * Builds the app into a temporary folder and serves it under BUILD_PREFIX, first in the dev
 * server's middleware stack so Vite's own HTML handling never sees these requests.
 */
export async function serveBuild(dev: DevServer): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), 'riluzole-dist-'));
  // Vitest sets NODE_ENV=test, which would bundle React's development build: build what
  // `npm run build` ships (the bundle budget is measured on this build too).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: ROOT,
      configFile: resolve(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      mode: 'production',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    // Assigning undefined would store the string "undefined".
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  addDevEntries(outDir);
  const handle: Connect.NextHandleFunction = (req, res, next) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!path.startsWith(BUILD_PREFIX)) return next();
    const file = normalize(join(outDir, decodeURIComponent(path.slice(BUILD_PREFIX.length)) || 'index.html'));
    if (!file.startsWith(outDir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  };
  dev.server.middlewares.stack.unshift({ route: '', handle });
  return { outDir, remove: () => rmSync(outDir, { recursive: true, force: true }) };
}

/**
 * The build ships without the devOnly entries (the sandbox's among them): put them back in this
 * local copy, as the README tells a developer to, so the sandbox can launch the built app.
 */
function addDevEntries(outDir: string): void {
  const path = join(outDir, 'smart-config.json');
  const shipped = JSON.parse(readFileSync(path, 'utf8')) as { entries: unknown[] };
  const dev = devOnlyEntries(JSON.parse(readFileSync(resolve(ROOT, 'public/smart-config.json'), 'utf8')));
  if (devOnlyEntries(shipped).length > 0) throw new Error('the build shipped devOnly smart-config entries');
  writeFileSync(path, JSON.stringify({ ...shipped, entries: [...dev, ...shipped.entries] }, null, 2));
}

/** Creates a sandbox launch by its API and returns the built app's launch URL for it. */
export async function builtLaunchUrl(origin: string, patient: string, faults: object = {}): Promise<string> {
  const res = await fetch(`${origin}/sandbox/api/launch`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ patient, faults }),
  });
  if (!res.ok) throw new Error(`The sandbox refused the launch: HTTP ${res.status}`);
  const { id } = (await res.json()) as { id: string };
  const iss = encodeURIComponent(`${origin}/sandbox/fhir`);
  return `${origin}${BUILD_PREFIX}launch.html?iss=${iss}&launch=${encodeURIComponent(id)}`;
}
