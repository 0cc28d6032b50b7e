/** MedicationRequest / MedicationStatement → MedicationRecord (spec §1 course, §5 dose, §6 ends). */
import type { DataNote, Dosage, MedicationRecord } from '../../rules/types';
import { firstDate, partialNote, type DateReading } from './dates';
import type { NormalizedItem } from './items';
import { codings, num, obj, objs, str, type Json } from './json';
import { identity, medicationSummary, mergeIdentity, type MedicationIdentity } from './medication-names';

/** Days per UCUM time unit, for boundsDuration. */
const DAYS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    ...{ s: 1 / 86400, min: 1 / 1440, h: 1 / 24, d: 1, wk: 7 },
    ...{ hour: 1 / 24, hours: 1 / 24, day: 1, days: 1, week: 7, weeks: 7 },
  }),
);
/** Months per unit: a duration in months or years is added as calendar months (spec §1 "Months"). */
const MONTHS: ReadonlyMap<string, number> = new Map(
  Object.entries({ mo: 1, month: 1, months: 1, a: 12, year: 12, years: 12 }),
);

function dosage(di: Json): Dosage {
  const dq = obj(objs(di, 'doseAndRate')[0], 'doseQuantity');
  const timing = obj(di, 'timing');
  const repeat = obj(timing, 'repeat');
  const code = obj(timing, 'code');
  const timingCodes = [...codings(code).map((c) => c.code), str(code, 'text')].filter(
    (c): c is string => c !== undefined,
  );
  const timingCode = timingCodes[0];
  // Assigned one by one (not a closure and spreads per instruction), in the order of the type.
  const out: { -readonly [K in keyof Dosage]: Dosage[K] } = {};
  const text = str(di, 'text');
  if (text !== undefined) out.text = text;
  const doseValue = num(dq, 'value');
  if (doseValue !== undefined) out.doseValue = doseValue;
  const doseUnit = str(dq, 'unit') ?? str(dq, 'code');
  if (doseUnit !== undefined) out.doseUnit = doseUnit;
  const doseUnitCode = str(dq, 'code');
  if (doseUnitCode !== undefined && doseUnitCode !== doseUnit) out.doseUnitCode = doseUnitCode;
  const frequency = num(repeat, 'frequency');
  if (frequency !== undefined) out.frequency = frequency;
  const period = num(repeat, 'period');
  if (period !== undefined) out.period = period;
  const periodUnit = str(repeat, 'periodUnit');
  if (periodUnit !== undefined) out.periodUnit = periodUnit;
  if (timingCode !== undefined) out.timingCode = timingCode;
  if (timingCodes.length > 1) out.timingCodes = timingCodes;
  return out;
}

/** The items of one MedicationRequest or MedicationStatement. */
export function medicationItems(
  r: Json,
  type: 'MedicationRequest' | 'MedicationStatement',
  id: string,
  patientId: string | undefined,
): NormalizedItem[] {
  const notes: DataNote[] = [];
  const instructions = type === 'MedicationRequest' ? objs(r, 'dosageInstruction') : objs(r, 'dosage');
  const repeats = instructions.map((di) => obj(obj(di, 'timing'), 'repeat'));
  const bounds = repeats.map((rep) => obj(rep, 'boundsPeriod')).find((b) => b !== undefined);
  const effective = obj(r, 'effectivePeriod');
  const start: DateReading = firstDate(bounds?.start, r.authoredOn, effective?.start, r.effectiveDateTime);
  const end: DateReading = firstDate(bounds?.end, effective?.end);
  const duration = repeats.map((rep) => obj(rep, 'boundsDuration')).find((d) => d !== undefined);
  const durationValue = num(duration, 'value');
  const durationKey = str(duration, 'code') ?? str(duration, 'unit')?.toLowerCase() ?? '';
  const durationUnit = DAYS.get(durationKey);
  const durationMonths = MONTHS.get(durationKey);
  const validity = firstDate(obj(obj(r, 'dispenseRequest'), 'validityPeriod')?.end);
  notes.push(...partialNote(start, type, id, 'Start date'), ...partialNote(end, type, id, 'End date'));

  // The medication: a concept now, a contained Medication now, any other reference later.
  let ident: MedicationIdentity = identity([]);
  let medicationRef: string | undefined;
  const concept = obj(r, 'medicationCodeableConcept');
  const ref = obj(r, 'medicationReference');
  if (concept) ident = identity([concept]);
  if (ref) {
    const refDisplay = str(ref, 'display');
    ident = identity(concept ? [concept] : [], refDisplay !== undefined ? [refDisplay] : []);
    const target = str(ref, 'reference');
    const contained = target?.startsWith('#')
      ? objs(r, 'contained').find((c) => c.resourceType === 'Medication' && c.id === target.slice(1))
      : undefined;
    if (contained) ident = mergeIdentity(ident, medicationSummary(contained, target?.slice(1) ?? ''));
    else if (target !== undefined && !target.startsWith('#')) medicationRef = target;
    else
      notes.push({
        code: 'data.medication-unresolved',
        detail: `Medication reference "${target ?? '(none)'}" cannot be resolved.`,
        resourceType: type,
        id,
      });
  }
  const unresolved = ident.codes.length === 0 && ident.names.length === 0 && medicationRef === undefined;
  if (unresolved && !notes.some((n) => n.code === 'data.medication-unresolved')) {
    notes.push({ code: 'data.medication-unresolved', detail: 'No medication code or name.', resourceType: type, id });
  }
  const intent = str(r, 'intent');
  const record: MedicationRecord = {
    resourceType: type,
    id,
    status: str(r, 'status') ?? 'unknown',
    ...(intent !== undefined ? { intent } : {}),
    display: ident.display || (medicationRef !== undefined ? `(${medicationRef})` : '(unidentified medication)'),
    names: ident.names,
    codes: ident.codes,
    isRiluzole: ident.isRiluzole,
    ...(start.date !== undefined ? { start: start.date } : {}),
    ...(end.date !== undefined ? { end: end.date } : {}),
    ...(durationValue !== undefined && durationUnit !== undefined
      ? { boundsDurationDays: durationValue * durationUnit }
      : {}),
    ...(durationValue !== undefined && durationMonths !== undefined
      ? { boundsDurationMonths: durationValue * durationMonths }
      : {}),
    ...(validity.date !== undefined ? { validityEnd: validity.date } : {}),
    dosage: instructions.map(dosage),
    unresolved,
    notes,
  };
  return [
    {
      type: 'medication',
      ...(patientId !== undefined ? { patientId } : {}),
      record,
      ...(medicationRef !== undefined ? { medicationRef } : {}),
    },
  ];
}
