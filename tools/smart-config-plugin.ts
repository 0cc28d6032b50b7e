/**
 * `npm run build` ships smart-config.json without the entries marked `"devOnly": true` (issue 8.8):
 * the built-in sandbox (any localhost port over plain HTTP) and the public SMART launcher are for
 * development, not for a hospital's deployment. The dev server serves public/ as it is.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

const FILE = 'smart-config.json';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The config without its devOnly entries (`{ entries }` or a bare array, as the app reads both). */
export function withoutDevOnly(json: unknown): unknown {
  const keep = (list: unknown[]): unknown[] => list.filter((e) => !(isRecord(e) && e.devOnly === true));
  if (Array.isArray(json)) return keep(json);
  if (isRecord(json) && Array.isArray(json.entries)) return { ...json, entries: keep(json.entries) };
  return json;
}

/** The config's devOnly entries only, for a test or a developer that serves a build locally. */
export function devOnlyEntries(json: unknown): unknown[] {
  const list = Array.isArray(json) ? json : isRecord(json) && Array.isArray(json.entries) ? json.entries : [];
  return list.filter((e) => isRecord(e) && e.devOnly === true);
}

/** Rewrites the copied smart-config.json in the output folder once the build is written. */
export function smartConfigPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'riluzole-smart-config-without-dev-entries',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const path = join(outDir, FILE);
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return; // no public dir copy (e.g. build.copyPublicDir: false)
      }
      writeFileSync(path, `${JSON.stringify(withoutDevOnly(JSON.parse(text)), null, 2)}\n`);
    },
  };
}
