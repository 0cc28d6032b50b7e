/** The server's local calendar date, `YYYY-MM-DD` (the assessment date of a hook). */
export function localToday(d = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
