import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, sourceOf } from '../../../src/rules';
import { settingWords } from '../../../src/rules/sources';
import { alt, assess, bili, coded, data, finding, riluzole } from './fixtures';

describe('sources', () => {
  it('cites the label section of the active policy', () => {
    expect(sourceOf('baseline.transaminase-above-5x', 'us')).toBe('RILUTEK US label 8.6');
    expect(sourceOf('baseline.transaminase-above-5x', 'eu')).toBe('RILUTEK EU SmPC 4.3');
    expect(sourceOf('condition.pancreatitis', 'eu')).toBe('TIGLUTIK US label 5.4');
  });

  it('names a default as the clinic setting, never as label text', () => {
    expect(settingWords('pregnancyLookbackDays', 'look-back', DEFAULT_SETTINGS)).toBe(
      'look-back: clinic setting (default) pregnancyLookbackDays = 280',
    );
    expect(settingWords('pregnancyLookbackDays', 'look-back', parseSettings({ pregnancyLookbackDays: 300 }))).toBe(
      'look-back: clinic setting pregnancyLookbackDays = 300',
    );
    const a = assess(
      data({ labs: [alt('2026-11-01', 30), bili('2026-11-01', 0.8)], coded: [coded('pregnancy', '2026-10-01', true)] }),
    );
    expect(finding(a, 'condition.pregnancy')?.source).toBe(
      'RILUTEK US label 8.1; look-back: clinic setting (default) pregnancyLookbackDays = 280',
    );
  });

  it('gives every finding a source', () => {
    const a = assess(data({ labs: [alt('2026-11-01', 300)] }));
    for (const f of a.findings) expect(f.source.length).toBeGreaterThan(0);
  });
});

describe('sources say what they rest on (issue 12)', () => {
  it('does not source a US-policy caution to the EU contraindications', () => {
    const us = sourceOf('baseline.transaminase-above-3x', 'us');
    expect(us).not.toContain('4.3');
    expect(us).toContain('RILUTEK US label 8.6 sets a limit only above 5× ULN');
    expect(sourceOf('baseline.transaminase-above-3x', 'eu')).toBe('RILUTEK EU SmPC 4.3');
  });

  it("cites US 5.1 for the Hy's law stop and the FDA guidance for the pattern, each for its part", () => {
    const s = sourceOf('liver.hys-law', 'us');
    expect(s).toContain('RILUTEK US label 5.1 (discontinue if there is evidence of liver dysfunction: the stop)');
    expect(s).toContain("Drug-Induced Liver Injury (2009) (defines the Hy's law pattern)");
  });

  it('cites each label section once per finding: not in the detail when the source names it', () => {
    const stop = assess(
      data({ meds: [riluzole({ start: '2026-06-01' })], labs: [alt('2026-05-30', 20), alt('2026-11-20', 260)] }),
    );
    for (const f of stop.findings) {
      for (const cite of f.detail.match(/\b(US|EU SmPC|EU) \d(\.\d)?/g) ?? []) {
        expect(f.source, `${f.code} cites ${cite} in its detail`).not.toContain(cite.replace(/^US/, 'US label'));
      }
    }
    expect(finding(stop, 'liver.transaminase-stop')?.detail).not.toContain('(US 5.1)');
  });
});

describe("no 'monitor more often' under a 'discontinue' for the same result", () => {
  it("points the above-3× row of a Hy's law pair to the stop", () => {
    const a = assess(
      data({
        meds: [riluzole({ start: '2026-06-01' })],
        labs: [alt('2026-05-30', 20), alt('2026-11-22', 168), bili('2026-11-22', 2.6)],
      }),
    );
    expect(finding(a, 'liver.hys-law')?.severity).toBe('critical');
    const above3x = finding(a, 'liver.transaminase-above-3x');
    expect(above3x?.detail).not.toContain('Monitor liver tests more often');
    expect(above3x?.detail).toContain('calls for discontinuation');
  });

  it('keeps the advice when nothing asks to discontinue', () => {
    const a = assess(
      data({ meds: [riluzole({ start: '2026-06-01' })], labs: [alt('2026-05-30', 20), alt('2026-11-22', 168)] }),
    );
    expect(finding(a, 'liver.transaminase-above-3x')?.detail).toContain('Monitor liver tests more often');
  });
});
