/** Reading an Observation's value (spec §2): Quantity with comparator, numeric strings, absence. */
import type { Comparator } from '../../rules/types';
import type { UnitInput } from '../units';
import { codings, isObj, num, obj, str, type Json } from './json';

export type ValueReading =
  | {
      readonly kind: 'number';
      readonly value: number;
      readonly comparator?: Comparator;
      readonly unit: UnitInput;
      readonly original: string;
    }
  | { readonly kind: 'absent'; readonly reason: string }
  | { readonly kind: 'unreadable'; readonly original: string };

// A Map, not an object: a comparator such as "valueOf" must not find Object.prototype's (issue 8.1).
const COMPARATORS: ReadonlyMap<string, Comparator> = new Map<string, Comparator>([
  ['<', '<'],
  ['<=', '<='],
  ['=<', '<='],
  ['≤', '<='],
  ['>', '>'],
  ['>=', '>='],
  ['=>', '>='],
  ['≥', '>='],
]);

// A number (dot decimals only: "1,200" and "1,2" are ambiguous, so unreadable), then an optional unit.
const NUMERIC = /^(<=|>=|=<|=>|<|>|≤|≥)?\s*([+-]?(?:\d+\.?\d*|\.\d+))\s*(.*)$/;

/** Parses "<5", "12", "12 U/L", "> 300", "≤0.2 mg/dL". */
export function parseValueString(raw: string): ValueReading {
  const s = raw.trim();
  const m = NUMERIC.exec(s);
  const n = m?.[2] !== undefined ? Number(m[2]) : NaN;
  if (!m || !Number.isFinite(n)) return { kind: 'unreadable', original: raw };
  const rest = (m[3] ?? '').trim();
  // "5-10", "5 to 10", "5 or 6" are not one value.
  if (/^([-–,]|to\b|or\b|and\b)/i.test(rest)) return { kind: 'unreadable', original: raw };
  const comparator = m[1] !== undefined ? COMPARATORS.get(m[1]) : undefined;
  return {
    kind: 'number',
    value: n,
    ...(comparator ? { comparator } : {}),
    unit: rest ? { unit: rest } : {},
    original: s,
  };
}

/** Reads a Quantity (value, comparator, unit, code, system). */
export function readQuantity(q: Json): ValueReading {
  const value = num(q, 'value');
  // Any comparator that is not one of the codes (blank, a number, "valueOf") makes the value unreadable.
  const raw = isObj(q) ? q.comparator : undefined;
  const cmp = raw === undefined ? undefined : typeof raw === 'string' ? raw.trim() : String(raw);
  const comparator = cmp !== undefined ? COMPARATORS.get(cmp) : undefined;
  const unit: UnitInput = { unit: str(q, 'unit'), code: str(q, 'code'), system: str(q, 'system') };
  const original = `${cmp ?? ''}${isObj(q) && q.value !== undefined ? String(q.value) : ''}`;
  if (value === undefined || (cmp !== undefined && comparator === undefined)) return { kind: 'unreadable', original };
  return { kind: 'number', value, ...(comparator ? { comparator } : {}), unit, original };
}

/** Reads the value[x] of an Observation or one of its components. */
export function readValue(o: Json): ValueReading {
  const absent = obj(o, 'dataAbsentReason');
  if (absent) {
    const reason = str(absent, 'text') ?? codings(absent)[0]?.code ?? 'unknown';
    return { kind: 'absent', reason };
  }
  const q = obj(o, 'valueQuantity');
  if (q) return readQuantity(q);
  if (typeof o.valueString === 'string') return parseValueString(o.valueString);
  if (typeof o.valueInteger === 'number' && Number.isFinite(o.valueInteger)) {
    return { kind: 'number', value: o.valueInteger, unit: {}, original: String(o.valueInteger) };
  }
  const other = Object.keys(o).find((k) => k.startsWith('value'));
  if (other === undefined) return { kind: 'absent', reason: 'no value' };
  return { kind: 'unreadable', original: safeString(o[other]) };
}

function safeString(v: unknown): string {
  if (typeof v === 'string') return v;
  try {
    return JSON.stringify(v)?.slice(0, 80) ?? '';
  } catch {
    return '';
  }
}
