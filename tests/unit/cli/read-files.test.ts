import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPath, readPaths } from '../../../src/cli/read-files';

let dir = '';
const path = (name: string): string => join(dir, name);
const write = (name: string, text: string): string => {
  writeFileSync(path(name), text);
  return path(name);
};

async function collect(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const { resource, source } of readPaths(paths))
    out.push(`${resource.resourceType} ${source.replace(dir, '')}`);
  return out;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cli-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readPaths', () => {
  it('reads a pretty-printed JSON document whole', async () => {
    const file = write(
      'bundle.json',
      JSON.stringify({ resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Patient' } }] }, null, 2),
    );
    expect(await collect([file])).toEqual(['Patient /bundle.json entry 1']);
  });

  it('reads .ndjson line by line, skipping blank lines, with line numbers', async () => {
    const file = write('Observation.ndjson', '{"resourceType":"Observation"}\r\n\n{"resourceType":"Patient"}\n');
    expect(await collect([file])).toEqual([
      'Observation /Observation.ndjson line 1',
      'Patient /Observation.ndjson line 3',
    ]);
  });

  it('detects NDJSON by content when the extension says .json', async () => {
    const file = write('export.json', '\uFEFF{"resourceType":"Patient"}\n{"resourceType":"Condition"}\n');
    expect(await collect([file])).toEqual(['Patient /export.json line 1', 'Condition /export.json line 2']);
  });

  it('reads an empty .ndjson file as no resources', async () => {
    expect(await collect([write('Empty.ndjson', '')])).toEqual([]);
  });

  it.each([
    ['bad.ndjson', '{"resourceType":"Patient"}\n{"resourceType":\n', /bad\.ndjson line 2: invalid JSON/],
    ['not-fhir.ndjson', '{"resourceType":"Patient"}\n{"id":"q"}\n', /not-fhir\.ndjson line 2: not FHIR/],
    ['bad.json', '{\n  "resourceType": "Patient",\n}\n', /bad\.json: invalid JSON: .* at line 3 column 1/],
    ['bad-later.json', '{"resourceType":"Patient"}\nnot json\n', /bad-later\.json line 2: invalid JSON/],
    ['empty.json', '', /empty\.json: invalid JSON: the file is empty/],
    ['plain.json', '{"hello": "world"}', /plain\.json line 1: not FHIR: no resourceType/],
  ])('refuses %s', async (name, text, message) => {
    await expect(collect([write(name, text)])).rejects.toThrow(message);
  });

  it('reports a bad NDJSON line to its caller and reads on, when asked to', async () => {
    const file = write(
      'partial.ndjson',
      '{"resourceType":"Patient"}\nnot json\n{"id":1}\n{"resourceType":"Condition"}\n',
    );
    const bad: string[] = [];
    const out: string[] = [];
    for await (const { resource } of readPaths([file], (b) => bad.push(`${b.line} ${b.problem}`)))
      out.push(resource.resourceType);
    expect(out).toEqual(['Patient', 'Condition']);
    expect(bad).toEqual([expect.stringMatching(/^2 invalid JSON/), '3 not FHIR: no resourceType']);
  });

  it('still refuses a .json document whose one line is JSON but not FHIR', async () => {
    await expect(readPaths([write('one-line.json', '{"hello": 1}')], () => undefined).next()).rejects.toThrow(
      /not FHIR: no resourceType/,
    );
  });

  it('names a path that does not exist', async () => {
    await expect(collect([path('nope.json')])).rejects.toThrow(/nope\.json: no such file or folder$/);
  });
});

describe('expandPath', () => {
  it('lists a folder recursively in sorted order, input files only', async () => {
    const root = path('tree');
    mkdirSync(join(root, 'b-sub'), { recursive: true });
    for (const name of ['c.json', 'a.ndjson', 'README.md', '.hidden.json', 'b-sub/z.jsonl', 'b-sub/y.json']) {
      writeFileSync(join(root, name), '');
    }
    const files = (await expandPath(root)).map((f) => f.slice(root.length + 1));
    expect(files).toEqual(['a.ndjson', 'b-sub/y.json', 'b-sub/z.jsonl', 'c.json']);
  });

  it('lists each real file once through a folder symlink loop and a file symlink', async () => {
    const root = path('loops');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'a.ndjson'), '');
    symlinkSync('..', join(root, 'sub', 'up'));
    symlinkSync('.', join(root, 'self'));
    symlinkSync('a.ndjson', join(root, 'b.ndjson'));
    const files = (await expandPath(root)).map((f) => f.slice(root.length + 1));
    expect(files).toEqual(['a.ndjson']);
  });
});
