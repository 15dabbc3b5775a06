/**
 * Calendar arithmetic on ISO days (YYYY-MM-DD) in UTC, so no time zone or daylight-saving change
 * can shift a day. Weeks start on Monday, as Chinese calendars print them.
 */

const parse = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
const format = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(iso: string, days: number): string {
  const d = parse(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

/** The same day in another month, clamped to that month's last day (31 Jan + 1 month = 29 Feb). */
export function addMonths(iso: string, months: number): string {
  const d = parse(iso);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), last));
  return format(target);
}

export const monthOf = (iso: string): string => iso.slice(0, 7);
export const firstOfMonth = (month: string): string => `${month}-01`;
export function lastOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return format(new Date(Date.UTC(y, m, 0)));
}

/** Monday-first column of a day: 0 = Monday … 6 = Sunday. */
export const weekday = (iso: string): number => (parse(iso).getUTCDay() + 6) % 7;

/** The weeks of a month as rows of 7 cells; cells outside the month are null. */
export function monthWeeks(month: string): (string | null)[][] {
  const first = firstOfMonth(month);
  const last = lastOfMonth(month);
  const cells: (string | null)[] = Array.from({ length: weekday(first) }, () => null);
  for (let d = first; d <= last; d = addDays(d, 1)) cells.push(d);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (string | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** Where a key moves the focused day in a month grid (the grid pattern of WAI-ARIA), or null. */
export function keyMove(iso: string, key: string, shift = false): string | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(iso, -1);
    case 'ArrowRight':
      return addDays(iso, 1);
    case 'ArrowUp':
      return addDays(iso, -7);
    case 'ArrowDown':
      return addDays(iso, 7);
    case 'Home':
      return addDays(iso, -weekday(iso));
    case 'End':
      return addDays(iso, 6 - weekday(iso));
    case 'PageUp':
      return shift ? addMonths(iso, -12) : addMonths(iso, -1);
    case 'PageDown':
      return shift ? addMonths(iso, 12) : addMonths(iso, 1);
    default:
      return null;
  }
}
