/**
 * docs/clinical-spec.md §1 principle 8: each clinical threshold is one named constant in
 * src/rules/thresholds.ts, and the rule texts read it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as rules from '../../../src/rules';
import { alt, assess, bili, data, finding, riluzole } from './fixtures';

const RULES_DIR = fileURLToPath(new URL('../../../src/rules/', import.meta.url));

/** The code of a file without its comments (line and block). */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('clinical thresholds', () => {
  it('are exported from rules/index.ts with the labels’ numbers', () => {
    expect(rules).toMatchObject({
      ULN_MULTIPLE: 1,
      ABOVE_3X: 3,
      ABOVE_5X: 5,
      STOP_MULTIPLE_US: 5,
      STOP_MULTIPLE_EU: 5,
      BILIRUBIN_CRITICAL_MULTIPLE: 2,
      HY_TRANSAMINASE_MULTIPLE: 3,
      HY_BILIRUBIN_MULTIPLE: 2,
      ANC_WARNING: 1.5,
      ANC_CRITICAL: 1.0,
      ANC_SEVERE: 0.5,
      STANDARD_DAILY_DOSE_MG: 100,
      FVC_LOW_PERCENT: 50,
      WEIGHT_LOSS_FRACTION: 0.1,
    });
    expect(rules.LIVER_CHART_MULTIPLES).toEqual([1, 3, 5]);
  });

  it('are written nowhere else in rules/: no other file defines a numeric constant or a "N× ULN" text', () => {
    const offenders: string[] = [];
    for (const f of readdirSync(RULES_DIR).filter((n) => n.endsWith('.ts') && n !== 'thresholds.ts')) {
      const body = code(readFileSync(`${RULES_DIR}${f}`, 'utf8'));
      for (const line of body.split('\n')) {
        if (/\d(\.\d+)?× ULN|\b\d+% predicted|\b\d+% or more/.test(line)) offenders.push(`${f}: ${line.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('reach the texts: the stop and the bilirubin rows name the constants’ values', () => {
    const a = assess(
      data({
        meds: [riluzole({ start: '2026-06-01' })],
        labs: [alt('2026-06-01', 30), alt('2026-11-18', 250), bili('2026-11-18', 3)],
      }),
    );
    expect(finding(a, 'liver.transaminase-stop')?.detail).toContain(`above ${rules.STOP_MULTIPLE_US}× ULN`);
    expect(finding(a, 'liver.bilirubin-elevated')?.detail).toContain(`Above ${rules.BILIRUBIN_CRITICAL_MULTIPLE}× ULN`);
  });
});
