/** Issue 8.8: the shipped smart-config.json keeps its development entries out of `npm run build`. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findEntry, parseSmartConfig } from '../../../src/smart/launch-config';
import { devOnlyEntries, withoutDevOnly } from '../../../tools/smart-config-plugin';

const publicConfig = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/smart-config.json'), 'utf8'),
) as unknown;

describe('devOnly smart-config entries', () => {
  it('marks the sandbox and the public SMART launcher devOnly, and nothing else', () => {
    const names = devOnlyEntries(publicConfig).map((e) => (e as { name: string }).name);
    expect(names).toHaveLength(2);
    expect(names.join(' | ')).toMatch(/Built-in sandbox.*SMART Health IT/);
  });

  it.each([
    'http://127.0.0.1:5173/sandbox/fhir',
    'http://localhost:4000/sandbox/fhir/',
    'https://launch.smarthealthit.org/v/r4/fhir',
    'https://launch.smarthealthit.org/v/r4/sim/eyJoIjoiMSJ9/fhir',
  ])('the production config has no entry for %s', (iss) => {
    const shipped = parseSmartConfig(withoutDevOnly(publicConfig));
    expect(findEntry(shipped, iss)).toBeUndefined();
    expect(findEntry(parseSmartConfig(publicConfig), iss)).toBeDefined();
  });

  it('keeps every other entry, and works on a bare array', () => {
    const shipped = parseSmartConfig(withoutDevOnly(publicConfig));
    expect(shipped.map((e) => e.name).join(' | ')).toMatch(/Epic.*Oracle Health/);
    expect(withoutDevOnly([{ devOnly: true }, { name: 'x' }, { devOnly: 'yes' }])).toEqual([
      { name: 'x' },
      { devOnly: 'yes' },
    ]);
  });
});
