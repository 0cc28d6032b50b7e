/**
 * When a medication record counts (spec §1 "The riluzole course", §6): shared by the riluzole
 * course and the interaction checks.
 */
import { addDays, addMonths, toIsoDate } from './dates';
import type { IsoDate, MedicationRecord } from './types';

/** The mean Gregorian month, for the fraction of a month in a boundsDuration only. */
const DAYS_PER_MONTH = 30.436875;

/** Statuses that make a record as if it never existed (spec §1). */
const IGNORED = new Set(['cancelled', 'entered-in-error', 'draft', 'not-taken']);
/** Statuses that can cover asOf (spec §1). */
const CURRENT = new Set(['active', 'intended', 'on-hold']);
/** Intents that are not an order for now (spec §1). */
const PLANNED_INTENTS = new Set(['plan', 'proposal']);

export function isIgnored(rec: MedicationRecord): boolean {
  return IGNORED.has(rec.status);
}

export function isCurrentStatus(rec: MedicationRecord): boolean {
  return CURRENT.has(rec.status);
}

/** The record's start as a calendar date, if readable. */
export function startOf(rec: MedicationRecord): IsoDate | undefined {
  return toIsoDate(rec.start);
}

/** Starts after asOf, or a plan/proposal: does not set the status (spec §1). */
export function isFutureOrPlanned(rec: MedicationRecord, asOf: IsoDate): boolean {
  const start = startOf(rec);
  return (rec.intent !== undefined && PLANNED_INTENTS.has(rec.intent)) || (start !== undefined && start > asOf);
}

/**
 * The record's end (undefined = open): end, else start + boundsDuration, else (interactions
 * only) the prescription's validity end; a record that is not current and has no end ends on its start.
 */
export function endOf(rec: MedicationRecord, useValidity: boolean): IsoDate | undefined {
  const end = toIsoDate(rec.end);
  if (end) return end;
  const start = startOf(rec);
  const days = rec.boundsDurationDays;
  if (start && typeof days === 'number' && Number.isFinite(days) && days >= 0) return addDays(start, Math.round(days));
  const months = rec.boundsDurationMonths;
  // Calendar months from the start, the day clamped (spec §1 "Months"): 31 Jan + 1 month = 28 Feb.
  if (start && typeof months === 'number' && Number.isFinite(months) && months >= 0) {
    // A fraction of a month ("1.5 mo") has no calendar meaning: whole months, then the rest in days.
    const whole = Math.floor(months);
    return addDays(addMonths(start, whole), Math.round((months - whole) * DAYS_PER_MONTH));
  }
  const validity = useValidity ? toIsoDate(rec.validityEnd) : undefined;
  if (validity) return validity;
  return isCurrentStatus(rec) ? undefined : start;
}

/** Does the record cover asOf: a current status, start ≤ asOf ≤ end (spec §1)? */
export function covers(rec: MedicationRecord, asOf: IsoDate, useValidity: boolean): boolean {
  if (isIgnored(rec) || !isCurrentStatus(rec) || isFutureOrPlanned(rec, asOf)) return false;
  const start = startOf(rec);
  const end = endOf(rec, useValidity);
  return (start === undefined || start <= asOf) && (end === undefined || asOf <= end);
}
