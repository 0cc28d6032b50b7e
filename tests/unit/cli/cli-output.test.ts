import { afterAll, describe, expect, it } from 'vitest';
import { adaResources, AS_OF, benResources, transactionBundle } from './fixtures';
import { assessments, runCli, tempDir } from './run-cli';

const tmp = tempDir('cli-output-');
afterAll(() => tmp.remove());
const ada = tmp.json('ada.json', transactionBundle(adaResources()));
const both = tmp.ndjson('both.ndjson', [...benResources(), ...adaResources()]);

describe('assess: options and output', { timeout: 30_000 }, () => {
  it('prints a short text summary per patient with --format text', () => {
    const result = runCli(['--as-of', AS_OF, '--format', 'text', both]);
    expect(result.status).toBe(0);
    const blocks = result.stdout.trimEnd().split('\n\n');
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^Patient Ada Lovelace \(ada\), female, born 1960-12-10: as of 2026-06-01, US label\n/);
    expect(blocks[0]).toContain('  Treatment: never');
    expect(blocks[0]).toContain('  Eligibility: caution (baseline window 2026-03-03 to 2026-06-01)');
    expect(blocks[0]).toContain('baseline.transaminase-above-3x (warning)');
    expect(blocks[0]).toContain('  Monitoring: not-applicable');
    expect(blocks[0]).toMatch(/\[warning\] baseline\.transaminase-above-3x: .*\n {6}\S/);
    expect(blocks[0]).toMatch(/ {2}Data notes: (none|\d+: data\.)/);
    expect(blocks[1]).toMatch(/^Patient Ben Franklin \(ben\)/);
  });

  it('changes the outcome with --policy eu: ALT 3.75× ULN is contraindicated', () => {
    const [us] = assessments(runCli(['--as-of', AS_OF, ada]));
    const [eu] = assessments(runCli(['--as-of', AS_OF, '--policy', 'eu', ada]));
    expect(us).toMatchObject({ policy: 'us', eligibility: { status: 'caution' } });
    expect(eu).toMatchObject({ policy: 'eu', eligibility: { status: 'contraindicated' } });
  });

  it('takes the policy and windows from --settings, and --policy wins over the file', () => {
    const settings = tmp.json('clinic.json', { policy: 'eu', baselineDays: 5 });
    const [fromFile] = assessments(runCli(['--as-of', AS_OF, '--settings', settings, ada]));
    expect(fromFile).toMatchObject({
      policy: 'eu',
      eligibility: { status: 'insufficient-data', window: { from: '2026-05-27' } },
    });
    const [overridden] = assessments(runCli(['--as-of', AS_OF, '--settings', settings, '--policy', 'us', ada]));
    expect(overridden).toMatchObject({ policy: 'us' });
  });

  it('defaults --as-of to today', () => {
    const [today] = assessments(runCli([ada]));
    const now = new Date();
    const pad = (n: number): string => String(n).padStart(2, '0');
    expect(today?.asOf).toBe(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
  });
});
