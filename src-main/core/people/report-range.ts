/**
 * How a report's day range is read: whole months from `byline_months`, the days of a partly
 * covered month from `article_bylines`. Bounds are inclusive ISO days; null is open.
 */
export interface ReportRange {
  /** Whole months [from, to] (YYYY-MM) read from the monthly sums, or null when none is whole. */
  /** `from` is '' when the range is open at both ends: undated pages count then. */
  months: { from: string; to: string } | null;
  /** Day ranges read from the byline rows. */
  days: { from: string | null; to: string | null }[];
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthOf = (day: string): string => day.slice(0, 7);
function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
}
function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

// Month keys sort as text: '' (undated) < '0000-00' < every real month < '9999-99'.
const FIRST_MONTH = '0000-00';
const LAST_MONTH = '9999-99';

export function reportRange(from: string | null, to: string | null): ReportRange {
  const undated = from === null && to === null;
  const fullFrom =
    from === null ? FIRST_MONTH : from.endsWith('-01') ? monthOf(from) : shiftMonth(monthOf(from), 1);
  const fullTo =
    to === null ? LAST_MONTH : to === lastDay(monthOf(to)) ? monthOf(to) : shiftMonth(monthOf(to), -1);
  if (fullFrom > fullTo) return { months: null, days: [{ from, to }] };
  const days: ReportRange['days'] = [];
  if (from !== null && monthOf(from) !== fullFrom) days.push({ from, to: lastDay(monthOf(from)) });
  if (to !== null && monthOf(to) !== fullTo) days.push({ from: `${monthOf(to)}-01`, to });
  return { months: { from: undated ? '' : fullFrom, to: fullTo }, days };
}
