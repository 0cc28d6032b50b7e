import type { IsoDate } from '../rules/types';

/** Today's calendar date where the clinician is (not UTC: at 23:30 in Chicago it is still today). */
export function localIsoDate(now: Date = new Date()): IsoDate {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
