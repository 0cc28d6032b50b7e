/**
 * A dosage instruction as a clinician writes it: "500 mg twice a day", "50 mg once a day", or the
 * instruction's own text when the numbers do not say it.
 */
import type { Dosage } from './types';

const TIMES: readonly string[] = ['', 'once', 'twice', 'three times', 'four times'];
const CODE_WORDS: Readonly<Record<string, string>> = {
  QD: 'once a day',
  BID: 'twice a day',
  TID: 'three times a day',
  QID: 'four times a day',
};
const PERIOD_WORDS: Readonly<Record<string, string>> = { h: 'hour', d: 'day', wk: 'week', mo: 'month' };

function num(v: number): string {
  return String(Number(v.toFixed(3)));
}

function howOften(d: Dosage): string | undefined {
  if (d.period !== undefined && d.periodUnit !== undefined) {
    const unit = PERIOD_WORDS[d.periodUnit];
    if (!unit) return undefined;
    const freq = d.frequency ?? 1;
    const times = TIMES[freq] ?? `${freq} times`;
    if (d.period === 1) return `${times} a ${unit}`;
    return freq === 1 ? `every ${num(d.period)} ${unit}s` : `${times} every ${num(d.period)} ${unit}s`;
  }
  for (const c of d.timingCodes ?? (d.timingCode !== undefined ? [d.timingCode] : [])) {
    const w = CODE_WORDS[c.trim().toUpperCase()];
    if (w) return w;
  }
  return undefined;
}

/** One instruction in words, undefined when neither its numbers nor its text say it. */
export function dosageWords(d: Dosage): string | undefined {
  const often = howOften(d);
  if (d.doseValue !== undefined && d.doseUnit && often) return `${num(d.doseValue)} ${d.doseUnit} ${often}`;
  return d.text?.trim() || undefined;
}

/** Every instruction of a record in words, joined; undefined when none can be said. */
export function dosagesWords(dosage: readonly Dosage[]): string | undefined {
  const words = dosage.map(dosageWords).filter((w): w is string => w !== undefined);
  return words.length > 0 ? words.join(', then ') : undefined;
}
