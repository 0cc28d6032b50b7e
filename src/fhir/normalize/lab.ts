/** Lab Observations (spec §2–§3) → LabRecord: value, unit, date, status, ranges, notes. */
import type { DataNote, LabRecord } from '../../rules/types';
import { ANALYTE_LABEL } from '../codes';
import { CANONICAL_UNIT, unitLabel, type UnitConverter, type UnitInput } from '../units';
import { identifyAnalyte, type AnalyteMatch } from './analyte';
import { firstDate, partialNote } from './dates';
import type { NormalizedItem } from './items';
import { obj, objs, str, type Json } from './json';
import { rangeUnit, readRanges } from './ranges';
import { observationStatus } from './status';
import { readValue, type ValueReading } from './values';

const TYPE = 'Observation';

/** The lab items of one Observation: its own analyte, else each component that names one. */
export function labItems(o: Json, id: string, patientId: string | undefined, units: UnitConverter): NormalizedItem[] {
  const own = identifyAnalyte(o.code);
  const sources: [Json, AnalyteMatch][] = own
    ? [[o, own]]
    : objs(o, 'component').flatMap((c): [Json, AnalyteMatch][] => {
        const m = identifyAnalyte(c.code);
        return m ? [[c, m]] : [];
      });
  const common = commonParts(o, id);
  return sources.map(([source, match]) => ({
    type: 'lab' as const,
    ...(patientId !== undefined ? { patientId } : {}),
    record: labRecord(source, match, id, common, units),
    ...(match.part ? { part: match.part } : {}),
  }));
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
  const when = firstDate(o.effectiveDateTime, obj(o, 'effectivePeriod')?.start, o.effectiveInstant, o.issued);
  const notes = [...st.notes, ...partialNote(when, TYPE, id, 'Date')];
  if (when.date === undefined) notes.push({ code: 'data.date-missing', detail: 'No effective or issued date: result not usable.', resourceType: TYPE, id });
  return { status, counts: st.counts && when.date !== undefined, date: when.date, dateTime: when.dateTime, notes };
}

function labRecord(source: Json, match: AnalyteMatch, id: string, common: Common, units: UnitConverter): LabRecord {
  const { analyte } = match;
  const label = match.part === 'segmented' ? 'Neutrophils (segmented) %' : match.part === 'band' ? 'Neutrophils (band) %' : ANALYTE_LABEL[analyte];
  const notes: DataNote[] = [...common.notes];
  const note = (code: string, detail: string): void => void notes.push({ code, detail: `${label}: ${detail}`, resourceType: TYPE, id });
  if (match.byName !== undefined) note('data.matched-by-name', `no LOINC code; recognised by its name "${match.byName}".`);
  const reading = withRangeUnit(readValue(source), source, note);
  let value: number | undefined;
  let comparator: LabRecord['comparator'];
  let originalValue = '';
  let originalUnit = '';
  if (reading.kind === 'absent') {
    note('data.value-absent', `no value (${reading.reason}).`);
  } else if (reading.kind === 'unreadable') {
    originalValue = reading.original;
    note('data.value-unreadable', `value "${reading.original}" cannot be read as a number.`);
  } else {
    originalValue = reading.original;
    originalUnit = unitLabel(reading.unit);
    comparator = reading.comparator;
    if (reading.value < 0) {
      note('data.value-unreadable', `negative value "${reading.original}".`);
    } else {
      value = units.toCanonical(analyte, reading.value, reading.unit);
      if (value === undefined) note('data.unit-unrecognized', `unit "${originalUnit || '(none)'}" is not recognised.`);
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
 */
function withRangeUnit(reading: ValueReading, source: Json, note: (code: string, detail: string) => void): ValueReading {
  if (reading.kind !== 'number' || hasUnit(reading.unit)) return reading;
  const unit = rangeUnit(source);
  if (!unit) return reading;
  note('data.unit-from-range', `no unit with the value; read in the reference range's unit "${unitLabel(unit)}".`);
  return { ...reading, unit };
}
