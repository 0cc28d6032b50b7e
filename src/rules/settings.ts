/**
 * Clinic settings: the spec's *(default)* numbers, which a clinic may change in
 * public/clinic-settings.json without touching code. A default is our choice, not label text.
 */
import type { Policy, Settings } from './types';

/** The spec's defaults (docs/clinical-spec.md §1, §3–§7). public/clinic-settings.json holds exactly these. */
export const DEFAULT_SETTINGS: Settings = {
  policy: 'us',
  baselineDays: 90,
  periodicMonths: 6,
  elevatedRecheckDays: 14,
  confirmRecheckDays: 3,
  restartGapDays: 90,
  pregnancyLookbackDays: 280,
  breastfeedingLookbackDays: 365,
  egfrThreshold: 60,
  egfrLookbackMonths: 12,
  feverCelsius: 38.0,
  feverLookbackDays: 7,
  hysLawWindowDays: 7,
  limitPlausibility: 4,
  defaultLimits: {
    alt: 40,
    ast: 40,
    bilirubinTotal: 1.2,
    bilirubinDirect: 0.3,
    alp: 120,
    ggt: 50,
    ancLln: 1.5,
    wbcLln: 4.0,
  },
  extraHepatotoxic: [],
};

/** A settings file that does not validate; the message names the key and the value. */
export class SettingsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsError';
  }
}

type NumberKey = Exclude<keyof Settings, 'policy' | 'defaultLimits' | 'extraHepatotoxic'>;
type LimitKey = keyof Settings['defaultLimits'];

interface NumberRule {
  readonly whole: boolean;
  readonly min: number;
  readonly max: number;
  readonly unit: string;
}

/** Plausible bounds: wide enough for any clinic, narrow enough to catch a typo (e.g. 38 typed as 380). */
const NUMBER_RULES: Record<NumberKey, NumberRule> = {
  baselineDays: { whole: true, min: 1, max: 3650, unit: 'days' },
  periodicMonths: { whole: true, min: 1, max: 60, unit: 'months' },
  elevatedRecheckDays: { whole: true, min: 1, max: 365, unit: 'days' },
  confirmRecheckDays: { whole: true, min: 1, max: 60, unit: 'days' },
  restartGapDays: { whole: true, min: 0, max: 3650, unit: 'days' },
  pregnancyLookbackDays: { whole: true, min: 1, max: 3650, unit: 'days' },
  breastfeedingLookbackDays: { whole: true, min: 1, max: 3650, unit: 'days' },
  egfrThreshold: { whole: false, min: 1, max: 200, unit: 'mL/min/1.73 m2' },
  egfrLookbackMonths: { whole: true, min: 1, max: 120, unit: 'months' },
  feverCelsius: { whole: false, min: 36, max: 42, unit: '°C' },
  feverLookbackDays: { whole: true, min: 1, max: 365, unit: 'days' },
  hysLawWindowDays: { whole: true, min: 0, max: 365, unit: 'days' },
  limitPlausibility: { whole: false, min: 1, max: 1000, unit: 'times the default limit' },
};

const LIMIT_UNITS: Record<LimitKey, string> = {
  alt: 'U/L',
  ast: 'U/L',
  bilirubinTotal: 'mg/dL',
  bilirubinDirect: 'mg/dL',
  alp: 'U/L',
  ggt: 'U/L',
  ancLln: '10*9/L',
  wbcLln: '10*9/L',
};

const POLICIES: readonly Policy[] = ['us', 'eu'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function show(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (v === undefined) return 'nothing';
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

function fail(key: string, expected: string, got: unknown): never {
  throw new SettingsError(`clinic settings: ${key} must be ${expected}, got ${show(got)}`);
}

function readNumber(key: NumberKey, v: unknown): number {
  const r = NUMBER_RULES[key];
  const kind = r.whole ? `a whole number of ${r.unit}` : `a number (${r.unit})`;
  const expected = `${kind} ≥ ${r.min} and ≤ ${r.max}`;
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(key, expected, v);
  if (r.whole && !Number.isInteger(v)) fail(key, expected, v);
  if (v < r.min || v > r.max) fail(key, expected, v);
  return v;
}

function readLimits(v: unknown): Settings['defaultLimits'] {
  if (!isRecord(v)) fail('defaultLimits', 'an object of default limits', v);
  const out: Record<LimitKey, number> = { ...DEFAULT_SETTINGS.defaultLimits };
  for (const [k, value] of Object.entries(v)) {
    if (!Object.hasOwn(LIMIT_UNITS, k)) {
      fail(`defaultLimits.${k}`, `one of the known keys (${Object.keys(LIMIT_UNITS).join(', ')})`, k);
    }
    const key = k as LimitKey; // checked just above
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 10_000) {
      fail(`defaultLimits.${key}`, `a positive number in ${LIMIT_UNITS[key]}`, value);
    }
    out[key] = value;
  }
  return out;
}

function readNames(v: unknown): readonly string[] {
  if (!Array.isArray(v)) fail('extraHepatotoxic', 'a list of ingredient names', v);
  return v.map((name: unknown, i) => {
    if (typeof name !== 'string' || !/[a-z0-9]/i.test(name)) {
      fail(`extraHepatotoxic[${i}]`, 'a non-empty ingredient name', name);
    }
    return name.trim().toLowerCase();
  });
}

/**
 * Validate a clinic settings file and merge it over the defaults.
 * @param json - the parsed JSON (a partial settings object)
 * @returns complete settings
 * @throws SettingsError naming the first bad key, its expectation and the value found
 */
export function parseSettings(json: unknown): Settings {
  if (!isRecord(json)) fail('(file)', 'a JSON object', json);
  const out: { -readonly [K in keyof Settings]: Settings[K] } = { ...DEFAULT_SETTINGS };
  for (const [key, value] of Object.entries(json)) {
    if (key === 'policy') {
      if (typeof value !== 'string' || !POLICIES.includes(value as Policy)) fail(key, '"us" or "eu"', value);
      out.policy = value as Policy; // checked just above
    } else if (key === 'defaultLimits') {
      out.defaultLimits = readLimits(value);
    } else if (key === 'extraHepatotoxic') {
      out.extraHepatotoxic = readNames(value);
    } else if (Object.hasOwn(NUMBER_RULES, key)) {
      const k = key as NumberKey; // checked just above
      out[k] = readNumber(k, value);
    } else {
      throw new SettingsError(
        `clinic settings: unknown key ${show(key)} (known keys: ${Object.keys(DEFAULT_SETTINGS).join(', ')})`,
      );
    }
  }
  return out;
}
