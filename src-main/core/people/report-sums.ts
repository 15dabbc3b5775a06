import type { ReportFiltersT } from '../../contract';
import type { Db } from '../db/db';
import type { Where } from '../search/search-articles';
import { dayWhere, filterWhere, needsRows } from './report-filters';
import { reportRange, splitYears, type MonthSpan, type ReportRange } from './report-range';

/** Sums for one (name, role, first) over the range. */
export interface TotalSum {
  name: string;
  role: string;
  first: number;
  pieces: number;
  shared: number;
  chars: number;
  split: number;
  front: number;
  photos: number;
}

/** Counted pieces for one (name, month). */
export interface MonthSum {
  name: string;
  month: string;
  pieces: number;
}

const COLUMNS = 'name, role, first, pieces, shared, chars, chars_split, front, photos';
const ROW_VALUES = `name, role, first, 1 AS pieces, names > 1 AS shared, chars,
  (chars * 1000 + names / 2) / names AS chars_split, front, kind = 'photo' AS photos`;

class Union {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): void {
    this.parts.push(sql);
    this.params.push(...params);
  }
  sql(): string {
    return this.parts.join(' UNION ALL ');
  }
}

const unfiltered = (f: ReportFiltersT): boolean =>
  f.paper === undefined && f.kind === undefined && f.role === undefined && !needsRows(f);

function rangeOf(f: ReportFiltersT): ReportRange {
  return needsRows(f)
    ? { months: null, days: [{ from: f.from ?? null, to: f.to ?? null }] }
    : reportRange(f.from ?? null, f.to ?? null);
}

function rowsPart(u: Union, f: ReportFiltersT, days: ReportRange['days'], select: string, extra = ''): void {
  const w: Where = filterWhere(f, 'rows');
  for (const d of days) {
    const dw = dayWhere(d.from, d.to);
    u.add(
      `SELECT ${select} FROM article_bylines WHERE ${dw.sql} AND ${w.sql}${extra}`,
      ...dw.params,
      ...w.params,
    );
  }
}

function wideMonthsPart(u: Union, f: ReportFiltersT, spans: MonthSpan[], select: string, extra = ''): void {
  const w = filterWhere(f, 'months');
  for (const s of spans)
    u.add(
      `SELECT ${select} FROM byline_months WHERE month >= ? AND month <= ? AND ${w.sql}${extra}`,
      s.from,
      s.to,
      ...w.params,
    );
}

/**
 * Per (name, role, first) sums over the range. An unfiltered report reads whole years from
 * `person_years`; every report reads whole months from `byline_months` and edge days from
 * `article_bylines` (report-range.ts). Never a scan of articles.
 */
export function totalSums(db: Db, f: ReportFiltersT): TotalSum[] {
  const range = rangeOf(f);
  const u = new Union();
  if (range.months) {
    const split = unfiltered(f) ? splitYears(range.months) : { years: null, months: [range.months] };
    if (split.years)
      u.add(
        `SELECT ${COLUMNS} FROM person_years WHERE year >= ? AND year <= ?`,
        split.years.from,
        split.years.to,
      );
    wideMonthsPart(
      u,
      f,
      split.months,
      "name, role, first, pieces, shared, chars, chars_split, front, CASE WHEN kind = 'photo' THEN pieces ELSE 0 END AS photos",
    );
  }
  rowsPart(u, f, range.days, ROW_VALUES);
  return db
    .prepare(
      `SELECT name, role, first, sum(pieces) AS pieces, sum(shared) AS shared, sum(chars) AS chars,
         sum(chars_split) AS split, sum(front) AS front, sum(photos) AS photos
       FROM (${u.sql()}) GROUP BY name, role, first`,
    )
    .all(...u.params) as TotalSum[];
}

/**
 * Counted pieces per (name, month): a piece once per person, or every piece under the role a
 * role filter names. Unfiltered whole months come from `person_months`.
 */
export function monthSums(db: Db, f: ReportFiltersT): MonthSum[] {
  const range = rangeOf(f);
  const counted = f.role === undefined ? ' AND first = 1' : '';
  const u = new Union();
  if (range.months) {
    if (unfiltered(f))
      u.add(
        'SELECT name, month, pieces FROM person_months WHERE month >= ? AND month <= ?',
        range.months.from,
        range.months.to,
      );
    else wideMonthsPart(u, f, [range.months], 'name, month, pieces', counted);
  }
  rowsPart(u, f, range.days, 'name, substr(day, 1, 7) AS month, 1 AS pieces', counted);
  return db
    .prepare(
      `SELECT name, month, sum(pieces) AS pieces FROM (${u.sql()}) WHERE month <> '' GROUP BY name, month`,
    )
    .all(...u.params) as MonthSum[];
}
