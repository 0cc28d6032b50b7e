/**
 * The two small normalisations every unit conversion does, cached: a bulk export repeats the same
 * few unit spellings and result values on hundreds of thousands of records.
 */

/** A spelling folded for the table: no spaces, lower case, µ/mc → u, ^ → *, x10E3 → 10*3. */
export function tableKey(unit: string): string {
  // A bulk export spells the same few units on every record: fold each spelling once.
  const cached = TABLE_KEYS.get(unit);
  if (cached !== undefined) return cached;
  const key = unit
    .trim()
    .replace(/\s+/g, '')
    .toLowerCase()
    .replace(/[µμ]/g, 'u')
    .replace(/mc(?=[lg])/g, 'u')
    .replace(/²/g, '2')
    .replace(/\^/g, '*')
    .replace(/^x?10e(\d)/, '10*$1')
    .replace(/^x10\*/, '10*');
  if (TABLE_KEYS.size < MAX_CACHED) TABLE_KEYS.set(unit, key);
  return key;
}

/** Rounds away float noise (7.499999999999999 → 7.5) while keeping every real digit. */
export function roundNoise(x: number): number {
  // An integer below 1e14 has at most 14 digits, so toPrecision(14) gives it back (-0 as 0).
  if (Number.isInteger(x) && x < 1e14 && x > -1e14) return x + 0;
  // Results repeat (34.5 U/L thousands of times); toPrecision and Number are the costly part.
  const cached = ROUNDED.get(x);
  if (cached !== undefined) return cached;
  const rounded = Number(x.toPrecision(14));
  if (ROUNDED.size < MAX_CACHED) ROUNDED.set(x, rounded);
  return rounded;
}

/** Bounds the two caches below (a few MB), for inputs whose units or values never repeat. */
const MAX_CACHED = 50_000;
const TABLE_KEYS = new Map<string, string>();
const ROUNDED = new Map<number, number>();
