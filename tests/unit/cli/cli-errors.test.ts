import { afterAll, describe, expect, it } from 'vitest';
import { adaResources, AS_OF } from './fixtures';
import { runCli, tempDir, type CliResult } from './run-cli';

const tmp = tempDir('cli-errors-');
afterAll(() => tmp.remove());

/** Exit 2, nothing on stdout, one line on stderr matching `message`, and no stack frame. */
function expectInputError(result: CliResult, message: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

describe('assess: bad input', { timeout: 30_000 }, () => {
  it('names a path that does not exist', () => {
    const missing = tmp.path('missing.json');
    expectInputError(runCli(['--as-of', AS_OF, missing]), new RegExp(`^assess: ${missing}: no such file or folder$`));
  });

  it('names an invalid JSON file with its line', () => {
    const file = tmp.text('bad.json', '{\n  "resourceType": "Patient",\n  "id": \n}\n');
    expectInputError(runCli([file]), /bad\.json: invalid JSON: .* at line 4 column 1$/);
  });

  it('names the bad line of an NDJSON file, assesses the rest and exits 3 (partial)', () => {
    const good = adaResources().map((r) => JSON.stringify(r));
    const file = tmp.text(
      'Observation.ndjson',
      [...good, '{"resourceType": "Observation", "id": oops}', ''].join('\n'),
    );
    const result = runCli(['--as-of', AS_OF, file]);
    expect(result.status).toBe(3);
    expect(result.lines).toHaveLength(1);
    expect(result.stderr).toMatch(/Observation\.ndjson line 4: invalid JSON/);
    expect(result.stderr).not.toMatch(/oops|^\s+at /m);
  });

  it('refuses JSON that is not FHIR, and skips an NDJSON line that is not a resource', () => {
    expectInputError(runCli([tmp.json('index.json', { patients: [] })]), /index\.json: not FHIR: no resourceType$/);
    const result = runCli([tmp.ndjson('lines.ndjson', [{ resourceType: 'Patient', id: 'p' }, { id: 'q' }])]);
    expect(result.status).toBe(3);
    expect(result.stderr).toMatch(/lines\.ndjson line 2: not FHIR/);
    expect(result.lines).toHaveLength(1);
  });

  it('stops at the first bad file even after good ones, printing no partial output', () => {
    const good = tmp.json('good.json', adaResources());
    const bad = tmp.text('worse.json', '[');
    expectInputError(runCli([good, bad]), /worse\.json: invalid JSON/);
  });

  it('refuses an invalid settings file with the key and value', () => {
    const settings = tmp.json('settings.json', { baselineDays: -3 });
    const data = tmp.json('ada.json', adaResources());
    expectInputError(
      runCli(['--settings', settings, data]),
      /settings\.json: clinic settings: baselineDays must be .*got -3$/,
    );
    expectInputError(runCli(['--settings', tmp.text('s2.json', '{'), data]), /s2\.json: invalid JSON/);
    expectInputError(runCli(['--settings', tmp.path('none.json'), data]), /none\.json: no such file or folder$/);
  });
});

describe('assess: arguments', { timeout: 30_000 }, () => {
  it.each([
    [['--policy', 'uk', 'x.json'], /--policy must be us or eu/],
    [['--as-of', '2026-02-30', 'x.json'], /--as-of must be a date/],
    [['--format', 'xml', 'x.json'], /--format must be json or text/],
    [['--bogus', 'x.json'], /bogus/],
    [[], /no PATH given/],
  ])('refuses %j with usage on stderr and exit 2', (argv, message) => {
    const result = runCli(argv);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('Usage: npm run assess');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('prints usage on --help and exits 0', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: npm run assess -- [options] PATH...');
    expect(result.stderr).toBe('');
  });
});
