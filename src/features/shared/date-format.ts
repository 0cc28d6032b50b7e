/**
 * The few date patterns the screen writes ("2 Oct 2026", "Oct 2026", "14:05"), in English, from a
 * local Date. A general formatting library (date-fns' `format` with its locale) cost about 7 kB of
 * gzipped JavaScript on the first screen for these five patterns.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export type DatePattern = 'd MMM yyyy' | 'd MMM' | 'MMM yyyy' | 'yyyy' | 'd MMM yyyy, HH:mm';

const two = (n: number): string => String(n).padStart(2, '0');

/** The local date `d` written in `pattern`; the year with at least four digits, as date-fns wrote it. */
export function formatLocalDate(d: Date, pattern: DatePattern): string {
  const day = String(d.getDate());
  const month = MONTHS[d.getMonth()] ?? '';
  const year = String(d.getFullYear()).padStart(4, '0');
  switch (pattern) {
    case 'd MMM yyyy':
      return `${day} ${month} ${year}`;
    case 'd MMM':
      return `${day} ${month}`;
    case 'MMM yyyy':
      return `${month} ${year}`;
    case 'yyyy':
      return year;
    case 'd MMM yyyy, HH:mm':
      return `${day} ${month} ${year}, ${two(d.getHours())}:${two(d.getMinutes())}`;
  }
}
