/**
 * A cheaper reading of the commonest lab Observation of a bulk export: one LOINC coding of a listed
 * analyte, status final / amended / corrected, a full effectiveDateTime, a valueQuantity in a unit
 * the converter knows, and bounds-only reference ranges. For that shape it gives EXACTLY the items
 * normalizeResource gives (same values, same key order: the tests compare the JSON); for anything
 * else it gives undefined and the caller takes the reference path. Most of the saving is the
 * reference ranges: a lab repeats the same range on every result, so a range is read once per
 * (analyte, units, bounds) by the reference reader and the result shared (records are read-only).
 */
import type { LabRecord, NormalRange } from '../../rules/types';
import { ANALYTE_LABEL, SYSTEM } from '../codes';
import { CANONICAL_UNIT, unitLabel, type UnitConverter, type UnitInput } from '../units';
import { analyteOfLoinc } from './analyte';
import { readDate } from './dates';
import type { NormalizeContext, NormalizedItem } from './items';
import { isObj, str, type Json } from './json';
import { readRanges } from './ranges';
import { normalizeResource } from './normalize-resource';
import { subjectOf } from './subject';

/** Ranges read so far, per converter (the table and UCUM converters may disagree). */
const RANGE_CACHE = new WeakMap<UnitConverter, Map<string, NormalRange[]>>();
/** Distinct ranges kept per converter: a few per analyte and lab in practice; a bound on hostile input. */
const MAX_CACHED_RANGES = 4096;

const COUNTED_STATUS = new Set(['final', 'amended', 'corrected']);
const QUANTITY_KEYS = new Set(['value', 'unit', 'code', 'system']);
const SEP = '\u0000';

/**
 * The items of `r` when it is a lab Observation of the common shape, else undefined.
 * @param r - a parsed resource (not modified)
 */
export function fastLabItems(r: Json, units: UnitConverter): NormalizedItem[] | undefined {
  if (r.resourceType !== 'Observation') return undefined;
  const id = str(r, 'id');
  const status = r.status;
  if (id === undefined || typeof status !== 'string' || !COUNTED_STATUS.has(status)) return undefined;
  const subject = subjectOf(r);
  if (subject.kind !== 'patient') return undefined;
  const coding = isObj(r.code) ? r.code.coding : undefined;
  if (!Array.isArray(coding) || coding.length !== 1) return undefined;
  const only: unknown = coding[0];
  if (!isObj(only) || only.system !== SYSTEM.loinc || typeof only.code !== 'string') return undefined;
  const match = analyteOfLoinc(only.code);
  if (match === undefined || match.part !== undefined || match.byName !== undefined) return undefined;
  const when = readDate(r.effectiveDateTime);
  if (when.date === undefined || when.partial || r.dataAbsentReason !== undefined) return undefined;
  const q = r.valueQuantity;
  if (!isObj(q) || q.comparator !== undefined || !plainQuantity(q)) return undefined;
  const raw = q.value;
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0) return undefined;
  const unit: UnitInput = { unit: str(q, 'unit'), code: str(q, 'code'), system: str(q, 'system') };
  if (unit.unit === undefined && unit.code === undefined) return undefined;
  const { analyte } = match;
  const value = units.toCanonical(analyte, raw, unit);
  if (value === undefined) return undefined;
  const ranges = cachedRanges(r, analyte, unit, units);
  if (ranges === undefined) return undefined;
  const record: LabRecord = {
    resourceType: 'Observation',
    id,
    analyte,
    display: ANALYTE_LABEL[analyte],
    status,
    date: when.date,
    ...(when.dateTime !== undefined ? { dateTime: when.dateTime } : {}),
    value,
    unit: CANONICAL_UNIT[analyte],
    originalValue: String(raw),
    originalUnit: unitLabel(unit),
    ranges,
    usable: true,
    notes: [],
  };
  return [{ type: 'lab', patientId: subject.id, record }];
}

/**
 * normalizeResource's items, through the fast lab path when the resource has its shape.
 * @param resource - parsed JSON of one resource
 */
export function normalizeResourceFast(resource: unknown, ctx: NormalizeContext): NormalizedItem[] {
  if (isObj(resource)) {
    try {
      const fast = fastLabItems(resource, ctx.units);
      if (fast !== undefined) return fast;
    } catch {
      // The reference path reads it, and words whatever is wrong with it.
    }
  }
  return normalizeResource(resource, ctx);
}

/** A Quantity with no field beyond value, unit, code and system, its strings free of SEP. */
function plainQuantity(q: Json): boolean {
  for (const key in q) {
    if (!QUANTITY_KEYS.has(key)) return false;
    const v = q[key];
    if (key !== 'value' && v !== undefined && (typeof v !== 'string' || v.includes(SEP))) return false;
  }
  return true;
}

/**
 * The reference reader's ranges of `r`, shared between results with the same bounds and units;
 * undefined when a range is not bounds-only (text, type, appliesTo, age: the reference path reads it).
 */
function cachedRanges(r: Json, analyte: string, unit: UnitInput, units: UnitConverter): NormalRange[] | undefined {
  const list = r.referenceRange;
  if (list === undefined) return [];
  if (!Array.isArray(list)) return undefined;
  let key = `${analyte}${SEP}${unit.unit ?? ''}${SEP}${unit.code ?? ''}${SEP}${unit.system ?? ''}`;
  for (const range of list as unknown[]) {
    if (!isObj(range)) return undefined;
    for (const k in range) if (k !== 'low' && k !== 'high') return undefined;
    const low = boundKey(range.low);
    const high = boundKey(range.high);
    if (low === undefined || high === undefined) return undefined;
    key += `${SEP}R${low}${SEP}${high}`;
  }
  let cache = RANGE_CACHE.get(units);
  if (cache === undefined) RANGE_CACHE.set(units, (cache = new Map()));
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const ranges = readRanges(r, analyte as LabRecord['analyte'], unit, units);
  if (cache.size < MAX_CACHED_RANGES) cache.set(key, ranges);
  return ranges;
}

/** A bound as a key: "-" when absent; undefined when not a plain Quantity (the fast path then gives up). */
function boundKey(q: unknown): string | undefined {
  if (q === undefined) return '-';
  if (!isObj(q) || !plainQuantity(q)) return undefined;
  const v = q.value;
  if (typeof v !== 'number' && v !== undefined) return undefined;
  return `${v === undefined ? 'u' : `n${v}`}${SEP}${typeOf(q.unit)}${SEP}${typeOf(q.code)}${SEP}${typeOf(q.system)}`;
}

/** A unit field as a key: absent and each string told apart. */
function typeOf(v: unknown): string {
  return v === undefined ? 'u' : `s${String(v)}`;
}
