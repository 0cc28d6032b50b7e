/**
 * A dosage instruction as a clinician writes it: "500 mg twice a day", "1 tablet once every 60 days", or
 * the instruction's own text when the numbers do not say it. One wording for the medication lists and
 * the interaction findings.
 */
import { numberText } from './display';
import type { Dosage } from './types';

const TIMES: Readonly<Record<number, string>> = { 1: 'once', 2: 'twice', 3: 'three times', 4: 'four times' };
const PER: ReadonlyMap<string, readonly [one: string, many: string]> = new Map([
  ['min', ['a minute', 'minutes']],
  ['h', ['an hour', 'hours']],
  ['d', ['a day', 'days']],
  ['wk', ['a week', 'weeks']],
  ['mo', ['a month', 'months']],
  ['a', ['a year', 'years']],
]);
const TIMING_CODES: ReadonlyMap<string, string> = new Map([
  ['QD', 'once a day'],
  ['BID', 'twice a day'],
  ['TID', 'three times a day'],
  ['QID', 'four times a day'],
]);

/** "twice a day", "once every 60 days": how often, as a clinician writes it (never "2x per 1 d"). */
function howOften(d: Dosage): string | undefined {
  if (d.frequency !== undefined && d.period !== undefined && d.periodUnit !== undefined) {
    const per = PER.get(d.periodUnit);
    if (!per) return undefined;
    const times = TIMES[d.frequency] ?? `${numberText(d.frequency)} times`;
    return d.period === 1 ? `${times} ${per[0]}` : `${times} every ${numberText(d.period)} ${per[1]}`;
  }
  const code = d.timingCodes?.find((c) => TIMING_CODES.has(c)) ?? d.timingCode;
  return code ? TIMING_CODES.get(code) : undefined;
}

/**
 * One dosage instruction in words: "50 mg twice a day" from the structured dose and timing; the
 * record's own text when the structure does not say it; undefined when neither does.
 */
export function dosageWords(d: Dosage): string | undefined {
  const often = howOften(d);
  if (d.doseValue !== undefined && often) {
    return `${numberText(d.doseValue)}${d.doseUnit ? ` ${d.doseUnit}` : ''} ${often}`;
  }
  return d.text?.trim() || undefined;
}

/** Every instruction of a record in words, joined; undefined when none can be said. */
export function dosagesWords(dosage: readonly Dosage[]): string | undefined {
  const words = dosage.map(dosageWords).filter((w): w is string => w !== undefined);
  return words.length > 0 ? words.join(', then ') : undefined;
}
