/**
 * Daily dose of a riluzole record (spec §5 "Daily dose"): the sum over dosageInstruction of
 * dose × frequency × (1 day ÷ period).
 */
import type { Dosage } from './types';

/** mg per unit of dose: a tablet or film is 50 mg, a mL of suspension 5 mg (spec §5). */
const MG_PER_TABLET = 50;
const MG_PER_ML = 5;

/** Days per UCUM time unit; a month and a year are taken as 30 and 365 days. */
const DAYS_PER: ReadonlyMap<string, number> = new Map(
  Object.entries({
    s: 1 / 86_400,
    min: 1 / 1_440,
    h: 1 / 24,
    d: 1,
    wk: 7,
    mo: 30,
    a: 365,
  }),
);

/** timing.code → administrations per day (spec §5: QD, BID, TID = 1, 2, 3 a day). */
const PER_DAY_BY_CODE: ReadonlyMap<string, number> = new Map(Object.entries({ QD: 1, BID: 2, TID: 3, QID: 4 }));

function mgPerSpelling(unit: string | undefined): number | undefined {
  // "{tbl}" (a UCUM annotation) and "tablet(s)" are spellings of the same unit.
  const u = (unit ?? '')
    .trim()
    .toLowerCase()
    .replace(/[{}]/g, '')
    .replace(/\(s\)$/, '');
  if (/^(mg|milligrams?)$/.test(u)) return 1;
  if (/^(tab|tabs|tablet|tablets|tbl|film|films|oral film|each|ea)$/.test(u)) return MG_PER_TABLET;
  if (/^(ml|milliliters?|millilitres?)$/.test(u)) return MG_PER_ML;
  return undefined;
}

/** mg per unit of the written unit, else of the coded one. */
function mgPerUnit(d: Dosage): number | undefined {
  return mgPerSpelling(d.doseUnit) ?? mgPerSpelling(d.doseUnitCode);
}

function perDay(d: Dosage): number | undefined {
  if (d.period !== undefined) {
    const days = DAYS_PER.get(d.periodUnit ?? '');
    if (days === undefined || !(d.period > 0)) return undefined;
    const freq = d.frequency ?? 1; // FHIR: frequency defaults to 1 per period
    return freq / (d.period * days);
  }
  for (const c of d.timingCodes ?? (d.timingCode !== undefined ? [d.timingCode] : [])) {
    const n = PER_DAY_BY_CODE.get(c.trim().toUpperCase());
    if (n !== undefined) return n;
  }
  return undefined;
}

/**
 * The daily dose in mg, or undefined when any instruction cannot be computed (no dose, an
 * unknown unit, no frequency): a partial sum would understate the dose.
 */
export function dailyDoseMg(dosage: readonly Dosage[]): number | undefined {
  if (!Array.isArray(dosage) || dosage.length === 0) return undefined;
  let total = 0;
  for (const d of dosage) {
    const mg = mgPerUnit(d);
    const n = perDay(d);
    if (mg === undefined || n === undefined || typeof d.doseValue !== 'number' || !Number.isFinite(d.doseValue)) {
      return undefined;
    }
    total += d.doseValue * mg * n;
  }
  return Math.round(total * 1000) / 1000;
}
