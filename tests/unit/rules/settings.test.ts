import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsError, parseSettings } from '../../../src/rules';

describe('clinic settings', () => {
  it('ships public/clinic-settings.json holding exactly the defaults', () => {
    const json: unknown = JSON.parse(
      readFileSync(new URL('../../../public/clinic-settings.json', import.meta.url), 'utf8'),
    );
    expect(parseSettings(json)).toEqual(DEFAULT_SETTINGS);
    expect(json).toEqual(DEFAULT_SETTINGS);
  });

  it('merges a partial file over the defaults', () => {
    const s = parseSettings({ policy: 'eu', baselineDays: 60, defaultLimits: { alt: 35 } });
    expect(s.policy).toBe('eu');
    expect(s.baselineDays).toBe(60);
    expect(s.defaultLimits.alt).toBe(35);
    expect(s.defaultLimits.ast).toBe(40);
    expect(s.restartGapDays).toBe(90);
  });

  it('names the key and the value of a bad number', () => {
    expect(() => parseSettings({ baselineDays: -3 })).toThrow(SettingsError);
    expect(() => parseSettings({ baselineDays: -3 })).toThrow(
      'clinic settings: baselineDays must be a whole number of days ≥ 1 and ≤ 3650, got -3',
    );
    expect(() => parseSettings({ baselineDays: 1.5 })).toThrow(/baselineDays/);
    expect(() => parseSettings({ feverCelsius: '38' })).toThrow(/feverCelsius must be a number.*got "38"/);
  });

  it('rejects unknown keys, including misspelt ones', () => {
    expect(() => parseSettings({ baselinedays: 90 })).toThrow(/unknown key "baselinedays"/);
    expect(() => parseSettings({ defaultLimits: { alk: 100 } })).toThrow(/defaultLimits.alk/);
  });

  it('rejects a bad policy, bad limits, bad names and a non-object', () => {
    expect(() => parseSettings({ policy: 'uk' })).toThrow(/policy must be "us" or "eu", got "uk"/);
    expect(() => parseSettings({ defaultLimits: { alt: 0 } })).toThrow(
      /defaultLimits.alt must be a positive number in U\/L/,
    );
    expect(() => parseSettings({ extraHepatotoxic: ['atorvastatin', 3] })).toThrow(/extraHepatotoxic\[1\]/);
    expect(() => parseSettings({ extraHepatotoxic: 'statins' })).toThrow(/extraHepatotoxic must be a list/);
    expect(() => parseSettings([])).toThrow(SettingsError);
    expect(() => parseSettings(null)).toThrow(SettingsError);
  });

  it('accepts the range ends and lower-cases added names', () => {
    expect(parseSettings({ restartGapDays: 0, hysLawWindowDays: 0 }).restartGapDays).toBe(0);
    expect(parseSettings({ extraHepatotoxic: [' Atorvastatin '] }).extraHepatotoxic).toEqual(['atorvastatin']);
  });
});
