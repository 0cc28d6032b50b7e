import { describe, expect, it } from 'vitest';
import { isIsoDate, localToday, parseCliArgs } from '../../../src/cli/args';

const TODAY = '2026-11-25';

describe('parseCliArgs', () => {
  it('defaults --as-of to today, the policy to the settings file and the format to json', () => {
    expect(parseCliArgs(['a.json'], TODAY)).toEqual({
      kind: 'run',
      options: { asOf: TODAY, format: 'json', paths: ['a.json'] },
    });
  });

  it('reads every option and keeps the paths in order', () => {
    const parsed = parseCliArgs(
      ['--as-of', '2026-01-31', '--policy', 'eu', '--settings', 's.json', '--format', 'text', 'b', 'a'],
      TODAY,
    );
    expect(parsed).toEqual({
      kind: 'run',
      options: { asOf: '2026-01-31', policy: 'eu', settingsFile: 's.json', format: 'text', paths: ['b', 'a'] },
    });
  });

  it('reads --threads and --reference, and refuses a thread count that is not a whole number from 1 to 64', () => {
    expect(parseCliArgs(['--threads', '3', '--reference', 'a'], TODAY)).toEqual({
      kind: 'run',
      options: { asOf: TODAY, format: 'json', paths: ['a'], threads: 3, reference: true },
    });
    for (const bad of ['0', '-1', '1.5', 'two', '', '65']) {
      expect(parseCliArgs([`--threads=${bad}`, 'a'], TODAY)).toEqual({
        kind: 'error',
        message: `--threads must be a whole number from 1 to 64, not "${bad}"`,
      });
    }
  });

  it('accepts --opt=value', () => {
    const parsed = parseCliArgs(['--as-of=2026-02-28', 'x'], TODAY);
    expect(parsed.kind === 'run' && parsed.options.asOf).toBe('2026-02-28');
  });

  it('answers --help and -h with help', () => {
    expect(parseCliArgs(['--help'], TODAY)).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h', 'x'], TODAY)).toEqual({ kind: 'help' });
  });

  it.each([
    [['--as-of', '2026-02-30', 'x'], /--as-of/],
    [['--as-of', '26-1-1', 'x'], /--as-of/],
    [['--policy', 'uk', 'x'], /--policy/],
    [['--format', 'xml', 'x'], /--format/],
    [['--frobnicate', 'x'], /frobnicate/],
    [['--as-of'], /as-of/],
    [[], /no PATH/],
  ])('rejects %j', (argv, message) => {
    const parsed = parseCliArgs(argv, TODAY);
    expect(parsed.kind).toBe('error');
    expect(parsed.kind === 'error' && parsed.message).toMatch(message);
  });
});

describe('dates', () => {
  it('knows a real calendar date', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(localToday(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
  });
});
