/** Coded Observations (spec §2): smoking status, pregnancy status, breast-feeding. */
import type { CodedKind, CodedObservationRecord, DataNote } from '../../rules/types';
import {
  BREASTFEEDING_SNOMED,
  containsName,
  CURRENT_SMOKER_LOINC_ANSWERS,
  CURRENT_SMOKER_SNOMED,
  NO_ANSWER_CODES,
  NOT_PREGNANT_SNOMED,
  PREGNANCY_STATUS_LOINC,
  PREGNANT_SNOMED,
  SMOKING_STATUS_LOINC,
  SYSTEM,
  YES_ANSWER_CODES,
} from '../codes';
import { firstDate, partialNote } from './dates';
import { codesIn, codings, conceptTexts, obj, str, type Json } from './json';
import { observationStatus } from './status';

const TYPE = 'Observation';
const DISPLAY: Readonly<Record<CodedKind, string>> = {
  smoking: 'Smoking status',
  pregnancy: 'Pregnancy status',
  breastfeeding: 'Breast-feeding',
};

/** The coded kind an Observation code names, if any. */
export function codedKind(code: unknown): CodedKind | undefined {
  const loinc = codesIn(code, SYSTEM.loinc); // read once: every lab Observation is asked first
  if (loinc.includes(SMOKING_STATUS_LOINC)) return 'smoking';
  if (loinc.includes(PREGNANCY_STATUS_LOINC)) return 'pregnancy';
  if (codesIn(code, SYSTEM.snomed).includes(BREASTFEEDING_SNOMED)) return 'breastfeeding';
  return undefined;
}

/** Reads the value: true / false / undefined per kind (see CodedObservationRecord.positive). */
function reading(kind: CodedKind, o: Json): { positive?: boolean; valueText: string } {
  const cc = obj(o, 'valueCodeableConcept');
  const texts = [...conceptTexts(cc), ...(typeof o.valueString === 'string' ? [o.valueString] : [])];
  const valueText = texts[0] ?? (typeof o.valueBoolean === 'boolean' ? String(o.valueBoolean) : '');
  const codes = codings(cc).map((c) => c.code ?? '');
  const has = (list: readonly string[]): boolean => codes.some((c) => list.includes(c));
  switch (kind) {
    case 'smoking': {
      if (has(CURRENT_SMOKER_SNOMED) || has(CURRENT_SMOKER_LOINC_ANSWERS)) return { positive: true, valueText };
      const current = texts.some((t) => /current/i.test(t) && /smok/i.test(t));
      // Any other answer (former, never, unknown if ever) is a reading, just not "current".
      return texts.length > 0 || codes.length > 0 ? { positive: current, valueText } : { valueText };
    }
    case 'pregnancy':
      if (has([PREGNANT_SNOMED])) return { positive: true, valueText };
      if (has([NOT_PREGNANT_SNOMED])) return { positive: false, valueText };
      return { valueText };
    case 'breastfeeding': {
      if (typeof o.valueBoolean === 'boolean') return { positive: o.valueBoolean, valueText };
      if (has(NO_ANSWER_CODES) || texts.some(isNo)) return { positive: false, valueText };
      if (has(YES_ANSWER_CODES) || texts.some(isYes)) return { positive: true, valueText };
      // A finding recorded with no value asserts the finding itself.
      const noValue = !Object.keys(o).some((k) => k.startsWith('value')) && !o.dataAbsentReason;
      return noValue ? { positive: true, valueText: '(no value: finding recorded)' } : { valueText };
    }
  }
}

const isNo = (t: string): boolean => /^\s*(no|false|negative|none|never)\b/i.test(t) || containsName(t, 'not');
const isYes = (t: string): boolean => /^\s*(yes|true|positive)\b/i.test(t);

/** A coded Observation record, or undefined when the code is not one of the three. */
export function codedRecord(o: Json, id: string): CodedObservationRecord | undefined {
  const kind = codedKind(o.code);
  if (!kind) return undefined;
  const status = str(o, 'status') ?? '';
  const st = observationStatus(status, TYPE, id);
  const when = firstDate(o.effectiveDateTime, obj(o, 'effectivePeriod')?.start, o.effectiveInstant, o.issued);
  const notes: DataNote[] = [...st.notes, ...partialNote(when, TYPE, id, 'Date')];
  if (when.date === undefined && when.malformed === undefined)
    notes.push({ code: 'data.date-missing', detail: `${DISPLAY[kind]}: no date, not usable.`, resourceType: TYPE, id });
  const r = reading(kind, o);
  if (r.positive === undefined) {
    notes.push({
      code: 'data.value-unreadable',
      detail: `${DISPLAY[kind]}: value "${r.valueText}" not understood.`,
      resourceType: TYPE,
      id,
    });
  }
  return {
    resourceType: TYPE,
    id,
    kind,
    display: DISPLAY[kind],
    status,
    ...(when.date !== undefined ? { date: when.date } : {}),
    ...(r.positive !== undefined ? { positive: r.positive } : {}),
    valueText: r.valueText,
    usable: st.counts && when.date !== undefined,
    notes,
  };
}
