/**
 * The read strategies `npm run bench` compares, set by rewriting the sandbox entry's `query` in the
 * served build's smart-config.json (the static server reads it from disk on every request).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Strategy = 'parallel' | 'sequential' | 'unlimited';

/** What each strategy sets on the sandbox entry's query policy. */
export function strategyQuery(strategy: Strategy): Record<string, unknown> {
  switch (strategy) {
    case 'parallel':
      return {}; // as public/smart-config.json ships it
    case 'sequential':
      // The old strategy: one `next` link after another.
      return { offsetPaging: false, dateSlices: false };
    case 'unlimited':
      // Same strategy without the app's limit of 6: request timings then show the dependency
      // waves only (Chromium's own queue per connection is not counted in a request's start).
      return { maxInFlight: 64 };
  }
}

export function describeStrategy(strategy: Strategy): string {
  switch (strategy) {
    case 'parallel':
      return 'side by side (_offset pages, date slices; 6 in flight), as shipped';
    case 'sequential':
      return 'old: one next link after another (--sequential)';
    case 'unlimited':
      return 'side by side, no app limit (maxInFlight 64), to count dependency waves';
  }
}

interface ConfigFile {
  readonly entries: { readonly name: string; readonly query?: Record<string, unknown> }[];
}

/** Rewrites the served config so the sandbox launch uses `strategy` (the shipped copy is kept beside it). */
export function applyStrategy(outDir: string, strategy: Strategy): void {
  const path = join(outDir, 'smart-config.json');
  const original = join(outDir, 'smart-config.original.json');
  let text: string;
  try {
    text = readFileSync(original, 'utf8');
  } catch {
    text = readFileSync(path, 'utf8');
    writeFileSync(original, text);
  }
  const config = JSON.parse(text) as ConfigFile;
  const entries = config.entries.map((e) =>
    e.name.startsWith('Built-in sandbox') ? { ...e, query: { ...e.query, ...strategyQuery(strategy) } } : e,
  );
  writeFileSync(path, JSON.stringify({ ...config, entries }, null, 2));
}
