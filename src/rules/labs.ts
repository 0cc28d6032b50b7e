/**
 * Usable results per analyte (spec §1 "Usable result", "Latest"), their limits, ×ULN and grades,
 * and the sentence that describes one result in a finding (spec §9).
 */
import { toIsoDate } from './dates';
import { limitFlag, multipleText } from './display';
import { DEFAULT_SETTINGS } from './settings';
import { intervalOf } from './interval';
import { type Ctx, type Lab, type LabIndex, analyteWords, num, unitWords, valueWords } from './context';
import { chooseLimitOn, ctcaeGrade, multipleInterval, multipleOf } from './uln';
import {
  ANALYTES,
  type Analyte,
  type ClinicalData,
  type IsoDate,
  type LabResult,
  type NormalRange,
  type Settings,
} from './types';

/** Analytes where the lower value is the worse one on a same-day tie (spec §1 "Latest"). */
const LOWER_IS_WORSE: ReadonlySet<Analyte> = new Set([
  'anc',
  'wbc',
  'egfr',
  'fvcPct',
  'weight',
  'neutrophilPct',
  'bmi',
]);

/** Newest first; on one date the worse one first; then by id so the order never depends on input order. */
export function byLatest(a: Lab, b: Lab): number {
  if (a.date !== b.date) return a.date > b.date ? -1 : 1;
  const worse = LOWER_IS_WORSE.has(a.analyte) ? a.value - b.value : (b.multiple ?? b.value) - (a.multiple ?? a.value);
  if (worse !== 0) return worse;
  return a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0;
}

function toLab(rec: ClinicalData['labs'][number], data: ClinicalData, settings: Settings): Lab | undefined {
  const date = toIsoDate(rec.date);
  if (!rec.usable || !date || typeof rec.value !== 'number' || !Number.isFinite(rec.value)) return undefined;
  if (!ANALYTES.includes(rec.analyte)) return undefined;
  const limit = chooseLimitOn(rec.analyte, date, rec.ranges, data.patient, settings);
  const isUln = limit?.kind === 'uln';
  const multiple = isUln ? multipleOf(rec.value, limit.value) : undefined;
  const grade = limit ? ctcaeGrade(rec.analyte, rec.value, limit.value, rec.comparator) : undefined;
  const result: { -readonly [K in keyof LabResult]: LabResult[K] } = {
    resourceType: 'Observation',
    id: rec.id,
    display: rec.display,
    analyte: rec.analyte,
    status: rec.status,
    value: rec.value,
    unit: rec.unit,
    date,
    originalValue: rec.originalValue,
    originalUnit: rec.originalUnit,
  };
  if (rec.comparator) result.comparator = rec.comparator;
  if (rec.derived) result.derived = true;
  if (limit?.kind === 'uln') {
    result.uln = limit.value;
    result.ulnSource = limit.source;
  } else if (limit?.kind === 'lln') {
    result.lln = limit.value;
    result.llnSource = limit.source;
  }
  if (multiple !== undefined) result.multipleOfUln = multiple;
  if (grade !== undefined) result.grade = grade;
  if (limit) result.flag = limitFlag(rec.value, rec.comparator, limit);
  const lab: { -readonly [K in keyof Lab]: Lab[K] } = {
    record: rec,
    analyte: rec.analyte,
    date,
    value: rec.value,
    valueIv: intervalOf(rec.value, rec.comparator),
    result,
  };
  if (rec.comparator) lab.comparator = rec.comparator;
  if (limit) lab.limit = limit;
  if (multiple !== undefined && limit) {
    lab.multiple = multiple;
    lab.multipleIv = multipleInterval(rec.value, rec.comparator, limit.value);
  }
  return lab;
}

/**
 * Index the usable results dated on or before asOf (anything later is ignored, spec §1).
 * Adds `data.uln-assumed` for each result judged against a clinic default, and
 * `data.uln-implausible` for each of its ranges not used because the limit is implausible.
 */
export function buildLabIndex(data: ClinicalData, asOf: IsoDate, settings: Settings, note: Ctx['note']): LabIndex {
  const out = Object.fromEntries(ANALYTES.map((a) => [a, [] as Lab[]])) as Record<Analyte, Lab[]>;
  for (const rec of data.labs) {
    const lab = toLab(rec, data, settings);
    if (!lab || lab.date > asOf) continue;
    out[lab.analyte].push(lab);
    for (const r of lab.limit?.implausible ?? []) {
      note('data.uln-implausible', implausibleWords(lab, r, settings), {
        resourceType: 'Observation',
        id: lab.record.id,
      });
    }
    if (lab.limit?.source === 'assumed') {
      note(
        'data.uln-assumed',
        `${analyteWords(lab.analyte)} ${lab.record.id} carries no usable reference ` +
          `range: ${limitPhrase(lab, settings)} was used.`,
        { resourceType: 'Observation', id: lab.record.id },
      );
    }
  }
  for (const a of ANALYTES) out[a].sort(byLatest);
  return out;
}

/** The Assessment's labs: usable results, newest first, analytes with none left out. */
export function labResults(index: LabIndex): Partial<Record<Analyte, readonly LabResult[]>> {
  const out: Partial<Record<Analyte, readonly LabResult[]>> = {};
  for (const a of ANALYTES) if (index[a].length > 0) out[a] = index[a].map((l) => l.result);
  return out;
}

/** Results dated within [from, to], newest first. */
export function within(labs: readonly Lab[], from: IsoDate, to: IsoDate): readonly Lab[] {
  return labs.filter((l) => l.date >= from && l.date <= to);
}

/** "the lab's ULN of 40 U/L" or "the assumed ULN of 40 U/L (clinic default)". */
export function limitPhrase(lab: Lab, settings: Settings): string {
  const l = lab.limit;
  if (!l) return 'no limit';
  const name = l.kind === 'uln' ? 'ULN' : 'LLN';
  const amount = `${num(l.value)} ${unitWords(lab.record.unit)}`;
  if (l.source === 'report') return `the lab's ${name} of ${amount}`;
  const isDefault =
    defaultLimitOf(lab.analyte, DEFAULT_SETTINGS) === l.value && defaultLimitOf(lab.analyte, settings) === l.value;
  return `the assumed ${name} of ${amount} (${isDefault ? 'clinic default' : 'clinic setting'})`;
}

/** The lab's stated range as written in the canonical unit: "0–1000000 U/L", "≤ 1000000 U/L". */
function implausibleWords(lab: Lab, r: NormalRange, settings: Settings): string {
  const unit = unitWords(lab.record.unit);
  const stated =
    r.low !== undefined && r.high !== undefined
      ? `${num(r.low)}–${num(r.high)}`
      : r.high !== undefined
        ? `≤ ${num(r.high)}`
        : `≥ ${num(r.low ?? 0)}`;
  const text = r.text !== undefined ? ` ("${r.text}")` : '';
  const name = lab.limit?.kind === 'lln' ? 'lower limit' : 'upper limit';
  const p = settings.limitPlausibility;
  const d = defaultLimitOf(lab.analyte, settings);
  const band =
    d !== undefined ? ` (${num(d / p)}–${num(d * p)} ${unit}, clinic setting limitPlausibility = ${num(p)})` : '';
  return (
    `${analyteWords(lab.analyte)} ${lab.record.id}: the lab's stated range ${stated} ${unit}${text} has an ` +
    `implausible ${name}, outside the plausible band${band}: the range is not used.`
  );
}

function defaultLimitOf(a: Analyte, s: Settings): number | undefined {
  const d = s.defaultLimits;
  const map: Partial<Record<Analyte, number>> = {
    alt: d.alt,
    ast: d.ast,
    bilirubinTotal: d.bilirubinTotal,
    bilirubinDirect: d.bilirubinDirect,
    alp: d.alp,
    ggt: d.ggt,
    anc: d.ancLln,
    wbc: d.wbcLln,
  };
  return map[a];
}

/** "ALT 212 U/L on 2026-10-02 is 5.3× the lab's ULN of 40 U/L" (spec §9), or without ×ULN. */
/**
 * " (reported as 0.9 ukat/L)" when the lab wrote another number than the one shown (a unit
 * converted to U/L, mg/dL or ×10⁹/L), so a nurse can find the result in the EHR as written.
 */
function reportedWords(lab: Lab): string {
  const { originalValue, originalUnit } = lab.record;
  const written = Number(/-?\d+(?:\.\d+)?/.exec(originalValue ?? '')?.[0]);
  if (!Number.isFinite(written) || Math.abs(written - lab.value) < 1e-9) return '';
  return ` (reported as ${originalValue.trim()}${originalUnit ? ` ${originalUnit}` : ''})`;
}

export function describeLab(lab: Lab, settings: Settings): string {
  const head = `${analyteWords(lab.analyte)} ${valueWords(lab)}${reportedWords(lab)} on ${lab.date}`;
  if (lab.limit?.kind === 'uln' && lab.multiple !== undefined) {
    const grade = lab.result.grade ? ` (CTCAE grade ${lab.result.grade})` : '';
    return `${head} is ${multipleText(lab.multiple, lab.comparator)} ${limitPhrase(lab, settings)}${grade}`;
  }
  if (lab.limit?.kind === 'lln') {
    const grade = lab.result.grade ? ` (CTCAE grade ${lab.result.grade})` : '';
    return `${head}, against ${limitPhrase(lab, settings)}${grade}`;
  }
  return head;
}
