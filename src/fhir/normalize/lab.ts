/** Lab Observations (spec §2–§3) → LabRecord: value, unit, date, status, ranges, notes. */
import type { DataNote, LabRecord } from '../../rules/types';
import { ANALYTE_LABEL } from '../codes';
import { CANONICAL_UNIT, isFvcFraction, unitLabel, type UnitConverter, type UnitInput } from '../units';
import { identifyAnalyte, type AnalyteMatch } from './analyte';
import { firstDate, partialNote, readDate } from './dates';
import type { NormalizedItem } from './items';
import { obj, objs, str, type Json } from './json';
import { rangeUnit, readRanges } from './ranges';
import { observationStatus } from './status';
import { readValue, type ValueReading } from './values';

const TYPE = 'Observation';

/** The lab items of one Observation: its own analyte, else each component that names one. */
export function labItems(o: Json, id: string, patientId: string | undefined, units: UnitConverter): NormalizedItem[] {
  const own = identifyAnalyte(o.code);
  if (own) return [labItem(o, own, id, commonParts(o, id), patientId, units)];
  const sources: [Json, AnalyteMatch][] = [];
  for (const c of objs(o, 'component')) {
    const m = identifyAnalyte(c.code);
    if (m) sources.push([c, m]);
  }
  if (sources.length === 0) return [];
  const common = commonParts(o, id);
  return sources.map(([source, match]) => labItem(source, match, id, common, patientId, units));
}

function labItem(
  source: Json,
  match: AnalyteMatch,
  id: string,
  common: Common,
  patientId: string | undefined,
  units: UnitConverter,
): NormalizedItem {
  const record = labRecord(source, match, id, common, units);
  if (patientId === undefined) return match.part ? { type: 'lab', record, part: match.part } : { type: 'lab', record };
  return match.part ? { type: 'lab', patientId, record, part: match.part } : { type: 'lab', patientId, record };
}

interface Common {
  readonly status: string;
  readonly counts: boolean;
  readonly date?: string;
  readonly dateTime?: string;
  readonly notes: DataNote[];
}

/** Status and date, shared by an Observation and its components. */
function commonParts(o: Json, id: string): Common {
  const status = str(o, 'status') ?? '';
  const st = observationStatus(status, TYPE, id);
  // Most results carry effectiveDateTime: read it before building the list of fallbacks.
  // A malformed date ends the search (firstDate): it is not replaced by `issued`.
  const when =
    o.effectiveDateTime !== undefined
      ? readDate(o.effectiveDateTime)
      : firstDate(obj(o, 'effectivePeriod')?.start, o.effectiveInstant, o.issued);
  const notes = st.notes; // a fresh array per call
  if (when.partial) notes.push(...partialNote(when, TYPE, id, 'Date'));
  if (when.date === undefined)
    notes.push({
      code: 'data.date-missing',
      detail:
        when.malformed !== undefined
          ? `Date "${when.malformed}" is not a FHIR date: result not usable.`
          : 'No effective or issued date: result not usable.',
      resourceType: TYPE,
      id,
    });
  return { status, counts: st.counts && when.date !== undefined, date: when.date, dateTime: when.dateTime, notes };
}

/** Adds a note about one lab record ("ALT: ..."); a function, not a closure per record. */
function addNote(notes: DataNote[], label: string, id: string, code: string, detail: string): void {
  notes.push({ code, detail: `${label}: ${detail}`, resourceType: TYPE, id });
}

function labRecord(source: Json, match: AnalyteMatch, id: string, common: Common, units: UnitConverter): LabRecord {
  const { analyte } = match;
  const label =
    match.part === 'segmented'
      ? 'Neutrophils (segmented) %'
      : match.part === 'band'
        ? 'Neutrophils (band) %'
        : ANALYTE_LABEL[analyte];
  const notes: DataNote[] = common.notes.slice();
  if (match.byName !== undefined)
    addNote(notes, label, id, 'data.matched-by-name', `no LOINC code; recognised by its name "${match.byName}".`);
  const reading = withRangeUnit(readValue(source), analyte, source, notes, label, id);
  let value: number | undefined;
  let comparator: LabRecord['comparator'];
  let originalValue = '';
  let originalUnit = '';
  if (reading.kind === 'absent') {
    addNote(notes, label, id, 'data.value-absent', `no value (${reading.reason}).`);
  } else if (reading.kind === 'unreadable') {
    originalValue = reading.original;
    addNote(notes, label, id, 'data.value-unreadable', `value "${reading.original}" cannot be read as a number.`);
  } else {
    originalValue = reading.original;
    originalUnit = unitLabel(reading.unit);
    comparator = reading.comparator;
    if (reading.value < 0) {
      addNote(notes, label, id, 'data.value-unreadable', `negative value "${reading.original}".`);
    } else {
      value = units.toCanonical(analyte, reading.value, reading.unit);
      if (value === undefined)
        addNote(notes, label, id, 'data.unit-unrecognized', `unit "${originalUnit || '(none)'}" is not recognised.`);
    }
  }
  const ranges = readRanges(source, analyte, reading.kind === 'number' ? reading.unit : {}, units);
  return {
    resourceType: TYPE,
    id,
    analyte,
    display: label,
    status: common.status,
    ...(common.date !== undefined ? { date: common.date } : {}),
    ...(common.dateTime !== undefined ? { dateTime: common.dateTime } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(comparator !== undefined ? { comparator } : {}),
    unit: CANONICAL_UNIT[analyte],
    originalValue,
    originalUnit,
    ranges,
    usable: common.counts && value !== undefined,
    notes,
  };
}

const hasUnit = (u: UnitInput): boolean => Boolean(u.unit?.trim() || u.code?.trim());

/**
 * A number with no unit at all (valueString "<5", valueInteger) takes the unit of its own normal
 * range, and says so; with no range unit either it stays unitless and is not usable (never assumed).
 * Except an FVC fraction: spec §3 reads a unitless FVC ≤ 2 as a fraction (0.45 → 45 %), and lending
 * it the "%" of its range first would make it 0.45 % instead.
 */
function withRangeUnit(
  reading: ValueReading,
  analyte: LabRecord['analyte'],
  source: Json,
  notes: DataNote[],
  label: string,
  id: string,
): ValueReading {
  if (reading.kind !== 'number' || hasUnit(reading.unit)) return reading;
  if (analyte === 'fvcPct' && isFvcFraction(reading.value)) return reading;
  const unit = rangeUnit(source);
  if (!unit) return reading;
  addNote(
    notes,
    label,
    id,
    'data.unit-from-range',
    `no unit with the value; read in the reference range's unit "${unitLabel(unit)}".`,
  );
  return { ...reading, unit };
}
