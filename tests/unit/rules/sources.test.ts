import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, sourceOf } from '../../../src/rules';
import { settingWords } from '../../../src/rules/sources';
import { alt, assess, bili, coded, data, finding } from './fixtures';

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
