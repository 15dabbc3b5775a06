import type { Input, LibraryGroupT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';

interface GroupRow {
  key: string;
  pages: number;
  articles: number;
}

// library_days stores an unknown paper or date as '' (see migration 008); unknown sorts last.
const SQL = {
  papers: `SELECT paper AS key, sum(pages) AS pages, sum(articles) AS articles FROM library_days
           GROUP BY paper ORDER BY paper = '', paper`,
  months: `SELECT substr(date, 1, 7) AS key, sum(pages) AS pages, sum(articles) AS articles FROM library_days
           WHERE paper = ? GROUP BY key ORDER BY key = '', key DESC`,
  days: `SELECT date AS key, pages, articles FROM library_days
         WHERE paper = ? AND substr(date, 1, 7) = ? ORDER BY date = '', date DESC`,
};

/**
 * One level of the library tree with page and article counts: papers, a paper's months (newest
 * first) or a month's days (newest first). Reads only the per-day counts table, so it costs the
 * same at a thousand articles as at a million.
 */
export function libraryGroups(db: Db, input: Input<'library.groups'>): Result<LibraryGroupT[]> {
  const rows = (
    input.level === 'papers'
      ? db.prepare(SQL.papers).all()
      : input.level === 'months'
        ? db.prepare(SQL.months).all(input.paper ?? '')
        : db.prepare(SQL.days).all(input.paper ?? '', input.month ?? '')
  ) as GroupRow[];
  return ok(rows.map((r) => ({ key: r.key === '' ? null : r.key, pages: r.pages, articles: r.articles })));
}
