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

const SEX_CODES: Readonly<Record<string, 'male' | 'female'>> = {
  male: 'male',
  female: 'female',
  '248153007': 'male',
  '248152002': 'female',
};

function appliesToSex(range: Json): 'male' | 'female' | undefined {
  for (const cc of objs(range, 'appliesTo')) {
    for (const c of codings(cc)) {
      const sex = c.code !== undefined ? SEX_CODES[c.code.toLowerCase()] : undefined;
      if (sex) return sex;
    }
    const text = str(cc, 'text')?.toLowerCase();
    if (text === 'male' || text === 'female') return text;
  }
  return undefined;
}

const YEARS_PER: Readonly<Record<string, number>> = { a: 1, yr: 1, year: 1, years: 1, mo: 1 / 12, month: 1 / 12, months: 1 / 12, wk: 7 / 365.25, d: 1 / 365.25 };

function ageYears(q: Json | undefined): number | undefined {
  const value = num(q, 'value');
  const unit = (str(q, 'code') ?? str(q, 'unit') ?? 'a').toLowerCase();
  const k = YEARS_PER[unit];
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
export function readRanges(
  source: Json,
  analyte: Analyte,
  resultUnit: UnitInput,
  units: UnitConverter,
): NormalRange[] {
  const out: NormalRange[] = [];
  for (const range of objs(source, 'referenceRange')) {
    if (!isNormalType(range)) continue;
    const bounds = readBounds(range, analyte, resultUnit, units);
    if (!bounds) continue;
    const sex = appliesToSex(range);
    const age = obj(range, 'age');
    const ageLow = ageYears(obj(age, 'low'));
    const ageHigh = ageYears(obj(age, 'high'));
    const text = str(range, 'text');
    out.push({
      ...bounds,
      hasAppliesTo: objs(range, 'appliesTo').length > 0,
      ...(sex ? { appliesToSex: sex } : {}),
      ...(ageLow !== undefined ? { ageLowYears: ageLow } : {}),
      ...(ageHigh !== undefined ? { ageHighYears: ageHigh } : {}),
      ...(text !== undefined && !isObj(range.low) && !isObj(range.high) ? { text } : {}),
    });
  }
  return out;
}

function readBounds(
  range: Json,
  analyte: Analyte,
  resultUnit: UnitInput,
  units: UnitConverter,
): { low?: number; high?: number } | undefined {
  const convert = (value: number, unit: UnitInput): number | undefined =>
    units.toCanonical(analyte, value, unit.code || unit.unit ? unit : resultUnit);
  const lowQ = obj(range, 'low');
  const highQ = obj(range, 'high');
  if (lowQ || highQ) {
    const lowV = num(lowQ, 'value');
    const highV = num(highQ, 'value');
    if (lowV === undefined && highV === undefined) return undefined;
    const low = lowV !== undefined && lowQ ? convert(lowV, quantityUnit(lowQ)) : undefined;
    const high = highV !== undefined && highQ ? convert(highV, quantityUnit(highQ)) : undefined;
    if ((lowV !== undefined && low === undefined) || (highV !== undefined && high === undefined)) return undefined;
    return { ...(low !== undefined ? { low } : {}), ...(high !== undefined ? { high } : {}) };
  }
  const text = str(range, 'text');
  const parsed = text !== undefined ? parseRangeText(text) : undefined;
  if (!parsed) return undefined;
  const unit: UnitInput = parsed.unit ? { unit: parsed.unit } : {};
  const low = parsed.low !== undefined ? convert(parsed.low, unit) : undefined;
  const high = parsed.high !== undefined ? convert(parsed.high, unit) : undefined;
  if ((parsed.low !== undefined && low === undefined) || (parsed.high !== undefined && high === undefined)) return undefined;
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
