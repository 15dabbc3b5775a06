/**
 * How a report's day range is read: whole years from the yearly sums (unfiltered reports only),
 * whole months from the monthly sums, the days of a partly covered month from the byline rows.
 * Bounds are inclusive ISO days; null is open. Keys sort as text: '' (undated) before any date.
 */
export interface MonthSpan {
  /** YYYY-MM, or '' for the start of an open range that also counts undated pages. */
  from: string;
  to: string;
}

export interface ReportRange {
  /** Whole months [from, to], or null when no month is whole. */
  months: MonthSpan | null;
  /** Day ranges read from the byline rows. */
  days: { from: string | null; to: string | null }[];
}

export interface YearSplit {
  /** Whole years (YYYY; from '' when undated pages count), or null. */
  years: { from: string; to: string } | null;
  /** The whole months outside those years. */
  months: MonthSpan[];
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

const FIRST_MONTH = '0000-01';
const LAST_MONTH = '9999-12';

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

/** Splits whole months into whole years plus the months before and after them. */
export function splitYears(span: MonthSpan): YearSplit {
  const undated = span.from === '';
  const start = undated ? FIRST_MONTH : span.from;
  const fy = start.endsWith('-01')
    ? start.slice(0, 4)
    : String(Number(start.slice(0, 4)) + 1).padStart(4, '0');
  const ty = span.to.endsWith('-12')
    ? span.to.slice(0, 4)
    : String(Number(span.to.slice(0, 4)) - 1).padStart(4, '0');
  if (fy > ty) return { years: null, months: [span] };
  const months: MonthSpan[] = [];
  if (start < `${fy}-01`) months.push({ from: start, to: shiftMonth(`${fy}-01`, -1) });
  if (span.to > `${ty}-12`) months.push({ from: shiftMonth(`${ty}-12`, 1), to: span.to });
  return { years: { from: undated ? '' : fy, to: ty }, months };
}
