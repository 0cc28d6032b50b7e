import { describe, expect, it } from 'vitest';
import { assessRiluzole, parseSettings } from '../../../src/rules';
import { alt, assess, bili, codes, data, finding, lab, noteCodes, riluzole } from './fixtures';

describe('assessRiluzole', () => {
  it('judges a new patient with normal baseline labs eligible', () => {
    const a = assess(data({ labs: [alt('2026-11-01', 30), bili('2026-11-01', 0.8)] }));
    expect(a.treatment.status).toBe('never');
    expect(a.eligibility.status).toBe('eligible');
    expect(a.monitoring.status).toBe('not-applicable');
    expect(a.eligibility.window).toEqual({ from: '2026-08-27', to: '2026-11-25' });
  });

  it('says what it looked for when no condition was found', () => {
    const a = assess(data());
    expect(noteCodes(a).filter((c) => c === 'data.codes-searched')).toHaveLength(1);
  });

  it('writes the ALT stop finding in plain words with its source', () => {
    const a = assess(
      data({ labs: [alt('2026-05-01', 20), alt('2026-10-02', 212)], meds: [riluzole({ start: '2026-05-01' })] }),
    );
    const f = finding(a, 'liver.transaminase-stop');
    expect(f?.severity).toBe('critical');
    expect(f?.detail).toContain("ALT 212 U/L on 2026-10-02 is 5.3× the lab's ULN of 40 U/L");
    expect(f?.source).toBe('RILUTEK US label 5.1');
    expect(a.monitoring.status).toBe('stop-recommended');
    expect(codes(a)[0]).toBe('liver.transaminase-stop');
  });

  it('says "assumed ULN (clinic default)" when the result has no range', () => {
    const a = assess(
      data({
        labs: [lab('alt', '2026-05-01', 20), lab('alt', '2026-10-02', 212)],
        meds: [riluzole({ start: '2026-05-01' })],
      }),
    );
    expect(finding(a, 'liver.transaminase-stop')?.detail).toContain('the assumed ULN of 40 U/L (clinic default)');
    expect(noteCodes(a)).toContain('data.uln-assumed');
    expect(a.labs.alt?.[0]?.ulnSource).toBe('assumed');
  });
});

describe('assessRiluzole on odd input', () => {
  it('never throws on a structurally incomplete record and says so with the most cautious answer', () => {
    const broken = { patient: { id: 'p' } } as unknown as Parameters<typeof assess>[0];
    const a = assess(broken);
    expect(a.eligibility.status).toBe('insufficient-data');
    expect(a.monitoring.status).toBe('not-applicable');
  });

  it('counts and shows unidentified medications', () => {
    const m = { ...riluzole({ start: '2026-06-01' }), isRiluzole: false, unresolved: true, display: '' };
    expect(noteCodes(assess(data({ meds: [m] })))).toContain('data.medication-unresolved');
  });

  it('uses the settings policy unless the options name one', () => {
    const settings = parseSettings({ policy: 'eu' });
    expect(assessRiluzole(data(), { asOf: '2026-11-25', settings }).policy).toBe('eu');
    expect(assessRiluzole(data(), { asOf: '2026-11-25', settings, policy: 'us' }).policy).toBe('us');
  });

  it('rechecks a stop-level baseline ALT of a course started on it, never "up to date"', () => {
    const a = assess(data({ labs: [alt('2026-11-11', 250)], meds: [riluzole({ start: '2026-11-25' })] }));
    expect(a.eligibility.status).toBe('not-recommended');
    expect(a.monitoring).toMatchObject({ status: 'due', nextDue: '2026-11-25' });
    expect(finding(a, 'monitoring.due')?.severity).toBe('info');
  });
});
