import type { SearchFiltersT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { fromClause, prepareQuery, whereClauses, type Where } from '../search/search-articles';
import { ARTICLE_ORDER_SQL } from './article-order';

/**
 * Ids of the articles a saved search, `export --query` or `tag --query` selects, in page order.
 * Matching is search's own (core/search): the same query language and the same exact substring
 * recall as the search box, so a saved search never shows a different set than the search it was
 * saved from. Only the order differs: collections and exports read in page order, not by rank.
 * A blank query with filters selects every article the filters allow (an export of one day's paper).
 */
export function queryArticles(db: Db, query: string, filters: SearchFiltersT = {}): Result<number[]> {
  let from = 'articles a JOIN pages p ON p.id = a.page_id';
  const where: Where = { sql: '1', params: [] };
  if (query.trim() !== '') {
    const compiled = prepareQuery(query);
    if (!compiled.ok) return compiled;
    from = fromClause(compiled.value);
    Object.assign(where, whereClauses(compiled.value));
  }
  const parts = [where.sql];
  const params = [...where.params];
  const add = (sql: string, value: string | undefined): void => {
    if (value) {
      parts.push(sql);
      params.push(value);
    }
  };
  add('p.paper = ?', filters.paper);
  add('p.date >= ?', filters.dateFrom);
  add('p.date <= ?', filters.dateTo);
  add('a.kind = ?', filters.kind);
  const ids = db
    .prepare(`SELECT a.id FROM ${from} WHERE ${parts.join(' AND ')} ORDER BY ${ARTICLE_ORDER_SQL}`)
    .pluck()
    .all(...params) as number[];
  return ok(ids);
}
