/** Reference ranges (spec §3): normal ranges only, converted to the analyte's canonical unit. */
import type { Analyte, NormalRange } from '../../rules/types';
import type { UnitConverter, UnitInput } from '../units';
import { codings, isObj, num, obj, objs, str, type Json } from './json';

const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)`;
const BETWEEN = new RegExp(String.raw`^${NUMBER}\s*(?:-|–|to)\s*${NUMBER}\s*(.*)$`, 'i');
const BELOW = new RegExp(String.raw`^(?:<=?|≤|up\s+to|below|less\s+than|under)\s*${NUMBER}\s*(.*)$`, 'i');
const ABOVE = new RegExp(String.raw`^(?:>=?|≥|above|greater\s+than|over)\s*${NUMBER}\s*(.*)$`, 'i');

/** Parses "10-40", "<40", "0 - 40 U/L", "up to 40", ">1.5". Undefined when it is none of these. */
export function parseRangeText(text: string): { low?: number; high?: number; unit?: string } | undefined {
  const s = text.trim();
  let m = BETWEEN.exec(s);
  if (m) return { low: Number(m[1]), high: Number(m[2]), ...unitOf(m[3]) };
  m = BELOW.exec(s);
  if (m) return { high: Number(m[1]), ...unitOf(m[2]) };
  m = ABOVE.exec(s);
  if (m) return { low: Number(m[1]), ...unitOf(m[2]) };
  return undefined;
}

const unitOf = (rest: string | undefined): { unit?: string } => (rest?.trim() ? { unit: rest.trim() } : {});

const SEX_CODES: ReadonlyMap<string, 'male' | 'female'> = new Map(
  Object.entries({
    male: 'male',
    female: 'female',
    '248153007': 'male',
    '248152002': 'female',
  }),
);

function appliesToSex(appliesTo: readonly Json[]): 'male' | 'female' | undefined {
  for (const cc of appliesTo) {
    for (const c of codings(cc)) {
      const sex = c.code !== undefined ? SEX_CODES.get(c.code.toLowerCase()) : undefined;
      if (sex) return sex;
    }
    const text = str(cc, 'text')?.toLowerCase();
    if (text === 'male' || text === 'female') return text;
  }
  return undefined;
}

const YEARS_PER: ReadonlyMap<string, number> = new Map(
  Object.entries({
    a: 1,
    yr: 1,
    year: 1,
    years: 1,
    mo: 1 / 12,
    month: 1 / 12,
    months: 1 / 12,
    wk: 7 / 365.25,
    d: 1 / 365.25,
  }),
);

function ageYears(q: Json | undefined): number | undefined {
  const value = num(q, 'value');
  const unit = (str(q, 'code') ?? str(q, 'unit') ?? 'a').toLowerCase();
  const k = YEARS_PER.get(unit);
  return value !== undefined && k !== undefined ? value * k : undefined;
}

/** Is the range's `type` absent or "normal"? (treatment / therapeutic / critical ranges are not ULNs) */
function isNormalType(range: Json): boolean {
  const type = obj(range, 'type');
  if (!type) return true;
  return codings(type).some((c) => c.code === 'normal') || str(type, 'text')?.toLowerCase() === 'normal';
}

/**
 * The usable normal ranges of a result. Bounds are converted with the converter; a bound with no
 * unit takes the result's own unit; a range with any bound that cannot be converted counts as none.
 */
export function readRanges(source: Json, analyte: Analyte, resultUnit: UnitInput, units: UnitConverter): NormalRange[] {
  const out: NormalRange[] = [];
  for (const range of objs(source, 'referenceRange')) {
    if (!isNormalType(range)) continue;
    const bounds = readBounds(range, analyte, resultUnit, units);
    if (!bounds) continue;
    const appliesTo = objs(range, 'appliesTo');
    const sex = appliesToSex(appliesTo);
    const age = obj(range, 'age');
    // No `age`: no age bounds (skips four field reads on nearly every range).
    const ageLow = age ? ageYears(obj(age, 'low')) : undefined;
    const ageHigh = age ? ageYears(obj(age, 'high')) : undefined;
    const text = str(range, 'text');
    out.push({
      ...bounds,
      hasAppliesTo: appliesTo.length > 0,
      ...(sex ? { appliesToSex: sex } : {}),
      ...(ageLow !== undefined ? { ageLowYears: ageLow } : {}),
      ...(ageHigh !== undefined ? { ageHighYears: ageHigh } : {}),
      ...(text !== undefined && !isObj(range.low) && !isObj(range.high) ? { text } : {}),
    });
  }
  // A pushed-to array keeps room for 17 elements; a copy keeps exactly its one or two ranges,
  // and a bulk export keeps one such list per result until the end of the input.
  return out.length > 0 ? out.slice() : out;
}

/** A bound in the canonical unit; a bound with no unit of its own takes the result's unit. */
function convertBound(
  units: UnitConverter,
  analyte: Analyte,
  value: number,
  unit: UnitInput,
  resultUnit: UnitInput,
): number | undefined {
  return units.toCanonical(analyte, value, unit.code || unit.unit ? unit : resultUnit);
}

/** The converted bounds of one range, or undefined when it has none or one cannot be converted. */
function readBounds(
  range: Json,
  analyte: Analyte,
  resultUnit: UnitInput,
  units: UnitConverter,
): { low?: number; high?: number } | undefined {
  const lowQ = obj(range, 'low');
  const highQ = obj(range, 'high');
  let lowV: number | undefined;
  let highV: number | undefined;
  let unitLow: UnitInput = {};
  let unitHigh: UnitInput = {};
  if (lowQ || highQ) {
    lowV = num(lowQ, 'value');
    highV = num(highQ, 'value');
    if (lowV === undefined && highV === undefined) return undefined;
    if (lowV !== undefined && lowQ) unitLow = quantityUnit(lowQ);
    if (highV !== undefined && highQ) unitHigh = quantityUnit(highQ);
  } else {
    const text = str(range, 'text');
    const parsed = text !== undefined ? parseRangeText(text) : undefined;
    if (!parsed) return undefined;
    unitLow = unitHigh = parsed.unit ? { unit: parsed.unit } : {};
    lowV = parsed.low;
    highV = parsed.high;
  }
  const low = lowV !== undefined ? convertBound(units, analyte, lowV, unitLow, resultUnit) : undefined;
  const high = highV !== undefined ? convertBound(units, analyte, highV, unitHigh, resultUnit) : undefined;
  if ((lowV !== undefined && low === undefined) || (highV !== undefined && high === undefined)) return undefined;
  // Spread literals, as ever: V8 gives the stored range a compact shape this way (a third of the
  // memory of one built by assignment), and a bulk export keeps one per result until the end.
  return { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
}

const quantityUnit = (q: Json): UnitInput => ({ unit: str(q, 'unit'), code: str(q, 'code'), system: str(q, 'system') });

/**
 * The unit a result's normal range is written in, for a value that carries none (a `valueString`
 * such as "<5" has no unit field): the lab states the unit once, beside the range.
 */
export function rangeUnit(source: Json): UnitInput | undefined {
  for (const range of objs(source, 'referenceRange')) {
    if (!isNormalType(range)) continue;
    for (const q of [obj(range, 'low'), obj(range, 'high')]) {
      if (q && (str(q, 'code') || str(q, 'unit'))) return quantityUnit(q);
    }
    const text = str(range, 'text');
    const unit = text !== undefined ? parseRangeText(text)?.unit : undefined;
    if (unit) return { unit };
  }
  return undefined;
}
