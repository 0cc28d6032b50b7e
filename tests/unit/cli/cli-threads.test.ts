/**
 * Worker threads (--threads) and the fast lab path must not change a byte of the output: the same
 * lines, warnings and exit status as one thread with the reference normaliser, on an export with
 * every oddity the NDJSON reader handles (bad lines, a Bundle and an array on a line, CRLF, a BOM,
 * repeats across files, records naming no patient, a line longer than a chunk, a JSON document
 * between NDJSON files). Chunks are made tiny so the lines spread over many chunks and workers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../bench/synthetic-patients';
import { AS_OF, AdaPatient, alsCondition, altObservation } from './fixtures';
import { type CliResult, runCli, tempDir } from './run-cli';

const tmp = tempDir('assess-threads-');
const PARALLEL = { ASSESS_PARALLEL_MIN_BYTES: '0', ASSESS_CHUNK_BYTES: '700', ASSESS_TIMING: '1' };

/** stderr without the timing lines (which name the thread count and vary in time). */
const warnings = (r: CliResult): string[] => r.stderr.split('\n').filter((l) => l !== '' && !l.includes('timing:'));

beforeAll(() => {
  generate(tmp.path(''), 12);
  const lines = [
    JSON.stringify({ resourceType: 'Patient', id: 'zed', gender: 'male', birthDate: '1961-04-02' }),
    '',
    '{"resourceType": "Observation", broken',
    JSON.stringify({ foo: 1 }),
    JSON.stringify({
      resourceType: 'Bundle',
      type: 'collection',
      entry: [{ resource: alsCondition('zed') }, { resource: altObservation('zed', 'zed-alt-1', '2026-05-01', 55) }],
    }),
    JSON.stringify([altObservation('zed', 'zed-alt-2', '2026-05-20', 35)]),
    // Longer than a chunk: read whole all the same.
    JSON.stringify({ ...altObservation('zed', 'zed-alt-3', '2026-04-02', 30), note: [{ text: 'x'.repeat(3000) }] }),
  ];
  tmp.text('x/a-crlf.ndjson', `\ufeff${lines.join('\r\n')}\r\n`);
  tmp.text(
    'x/b-repeat.ndjson',
    [
      // The same Observation as the export's first ALT, for another patient: read once (the first).
      JSON.stringify({ ...altObservation('zed', 'bench-000001-1742-6-0', '2026-05-02', 999) }),
      JSON.stringify({ ...altObservation('zed', 'zed-orphan', '2026-05-03', 41), subject: undefined }),
      JSON.stringify({ ...altObservation('zed', 'zed-alt-4', '2026-05-04', 42) }),
    ].join('\n'), // no final newline
  );
  tmp.json('x/c-document.json', { resourceType: 'Bundle', type: 'collection', entry: [{ resource: AdaPatient }] });
  tmp.ndjson('x/d-orphans.ndjson', [
    { ...altObservation('ada', 'lost-1', '2026-05-05', 20), subject: undefined },
    altObservation('ada', 'ada-alt-9', '2026-05-06', 21),
    altObservation('zed', 'zed-alt-9', '2026-05-07', 22),
  ]);
});
afterAll(() => tmp.remove());

describe('assess --threads', { timeout: 60_000 }, () => {
  let serial: CliResult;
  beforeAll(() => {
    serial = runCli(['--as-of', AS_OF, '--threads', '1', '--reference', tmp.path('')], { ASSESS_TIMING: '1' });
  }, 60_000);

  it('the one-thread reference run reads the odd lines as it always has (so the comparisons mean something)', () => {
    expect(serial.stderr).toContain('one thread');
    expect(serial.status).toBe(3); // partial: two lines could not be read
    expect(serial.lines).toHaveLength(14); // 12 generated, ada, zed
    expect(warnings(serial).join('\n')).toMatch(/a-crlf.ndjson line 3: invalid JSON/);
    expect(warnings(serial).join('\n')).toMatch(/a-crlf.ndjson line 4: not FHIR/);
    expect(warnings(serial).join('\n')).toMatch(/d-orphans.ndjson: 1 record\(s\) name no patient/);
    expect(warnings(serial).join('\n')).toMatch(/1 resource\(s\) appeared more than once/);
  });

  it.each(['2', '3'])('gives the same output, warnings and status with %s worker threads', (threads) => {
    const parallel = runCli(['--as-of', AS_OF, '--threads', threads, tmp.path('')], PARALLEL);
    expect(parallel.stderr).toContain(`${threads} worker threads`);
    expect(parallel.status).toBe(serial.status);
    expect(warnings(parallel)).toEqual(warnings(serial));
    expect(parallel.stdout).toBe(serial.stdout);
  });

  it('gives the same text summaries with worker threads', () => {
    const args = ['--as-of', AS_OF, '--format', 'text', tmp.path('')];
    const one = runCli([...args, '--threads', '1']);
    const two = runCli([...args, '--threads', '2'], PARALLEL);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout).toContain('zed');
  });

  it('stays on one thread for a small input unless told otherwise', () => {
    const small = runCli(['--as-of', AS_OF, '--threads', '2', tmp.path('x')], { ASSESS_TIMING: '1' });
    expect(small.stderr).toContain('one thread');
  });
});
