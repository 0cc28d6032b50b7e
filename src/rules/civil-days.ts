/**
 * Integer calendar arithmetic for rules/dates.ts, so that the rules do not build a Date object per
 * date operation (an assessment of five years of results does tens of thousands of them). Each
 * function gives exactly what the Date-based formula it replaces gives, quirks included:
 * `Date.UTC` reads years 0–99 as 1900–1999, and a month or day out of range rolls over.
 */

/** The proleptic Gregorian day number (days since 1970-01-01) of a valid year, month 1–12, day. */
function daysFromCivil(year: number, month: number, day: number): number {
  // H. Hinnant's days_from_civil: years start in March, so the leap day is the year's last.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * `Date.UTC(year, monthIndex, day) / 86_400_000` for integers (the caller checks): years 0–99 are
 * 1900–1999 and months and days outside their range roll over, as Date.UTC does.
 */
export function utcDayNumber(year: number, monthIndex: number, day: number): number {
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  const carry = Math.floor(monthIndex / 12);
  return daysFromCivil(y + carry, monthIndex - carry * 12 + 1, 1) + day - 1;
}

/** The largest day number a Date can hold (±8.64e15 ms); beyond it Date gives NaN fields. */
export const MAX_DAY_NUMBER = 100_000_000;

/** Year, month 1–12 and day of a day number (an integer within ±MAX_DAY_NUMBER). */
export function civilFromDays(dayNumber: number): [number, number, number] {
  // H. Hinnant's civil_from_days, the inverse of daysFromCivil.
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Days in month 1–12 as `Date.UTC(year, month, 0)` counts them (year 0 is 1900: not a leap year). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  const y = year >= 0 && year <= 99 ? year + 1900 : year;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** The value of two ASCII digits at `at`, or -1 when either is not a digit. */
export function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}
