import type { SearchFiltersT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { ARTICLE_ORDER_SQL } from './article-order';
import { tagCondition } from './tag-filter';

/**
 * What saved searches and `export --query` need from search: the ids of matching articles, in page
 * order. core/search (being built alongside) owns the real query language; when its query function
 * exists, `queryArticles` below should delegate to it. Until then this fallback understands
 * whitespace-separated terms (all must occur in the headline, kicker, subheadline, bylines or text)
 * and `tag:NAME`, so saved searches, the CLI and exports already work.
 */
export type ArticleQuery = (db: Db, query: string, filters?: SearchFiltersT) => Result<number[]>;

export const queryArticles: ArticleQuery = (db, query, filters = {}) => {
  const where: string[] = [];
  const params: string[] = [];
  for (const token of query.split(/\s+/).filter((t) => t.length > 0)) {
    const tag = /^tag:(.+)$/.exec(token)?.[1];
    if (tag) {
      const c = tagCondition('a', tag);
      where.push(c.sql);
      params.push(...c.params);
    } else {
      where.push(
        `instr(coalesce(a.headline, '') || ' ' || coalesce(a.kicker, '') || ' ' || coalesce(a.subheadline, '')
           || ' ' || a.bylines || ' ' || a.paragraphs, ?) > 0`,
      );
      params.push(token);
    }
  }
  const add = (sql: string, value: string | undefined) => {
    if (value) {
      where.push(sql);
      params.push(value);
    }
  };
  add('p.paper = ?', filters.paper);
  add('p.date >= ?', filters.dateFrom);
  add('p.date <= ?', filters.dateTo);
  add('a.kind = ?', filters.kind);
  const ids = db
    .prepare(
      `SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${ARTICLE_ORDER_SQL}`,
    )
    .pluck()
    .all(...params) as number[];
  return ok(ids);
};
