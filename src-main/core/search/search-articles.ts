import type { Input, SearchHitT, SearchResultT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { articleSegments, type SearchableRow } from './article-segments';
import { compileQuery, type CompiledQuery } from './compile-query';
import { findMatches } from './find-matches';
import { makeSnippet } from './make-snippet';
import { isEmptyQuery, parseQuery, type TextTerm } from './parse-query';

export const DEFAULT_LIMIT = 20;

/** Parses and compiles, turning every problem into `bad-query` (hook: tag filters once tags exist). */
export function prepareQuery(query: string): Result<CompiledQuery> {
  const parsed = parseQuery(query);
  if (!parsed.ok) return parsed;
  if (isEmptyQuery(parsed.value)) return err('bad-query', '空查询 / empty query');
  // Hook for `tag:`: when core/tags can resolve a tag name to article ids, add an
  // `a.id IN (SELECT article_id FROM …)` clause in whereClauses() and drop this refusal.
  if (parsed.value.tags.length > 0)
    return err('bad-query', 'tag: 标签筛选尚不可用 / tag filters are not available yet');
  return ok(compileQuery(parsed.value));
}

interface Where {
  sql: string;
  params: Record<string, string>;
}

/** SQL filters beside the FTS5 MATCH; every value bound, never spliced. */
function whereClauses(c: CompiledQuery): Where {
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (c.match) {
    parts.push('articles_fts MATCH @match');
    params.match = c.match;
  }
  if (c.exclude) {
    parts.push('a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @exclude)');
    params.exclude = c.exclude;
  }
  const kinds = (list: string[], name: string, not: boolean): void => {
    if (list.length === 0) return;
    const names = list.map((k, i) => {
      params[`${name}${i}`] = k;
      return `@${name}${i}`;
    });
    parts.push(`a.kind ${not ? 'NOT IN' : 'IN'} (${names.join(', ')})`);
  };
  kinds(c.kinds, 'kind', false);
  kinds(c.notKinds, 'notkind', true);
  if (c.dateFrom) {
    parts.push('p.date >= @dateFrom');
    params.dateFrom = c.dateFrom;
  }
  if (c.dateTo) {
    parts.push('p.date <= @dateTo');
    params.dateTo = c.dateTo;
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** FROM clause: driven by the FTS5 table when there is something to match, else by articles. */
function fromClause(c: CompiledQuery): string {
  return c.match
    ? 'articles_fts JOIN articles a ON a.id = articles_fts.rowid JOIN pages p ON p.id = a.page_id'
    : 'articles a JOIN pages p ON p.id = a.page_id';
}

export function countMatches(db: Db, c: CompiledQuery): number {
  const w = whereClauses(c);
  // Without SQL filters the count never needs to touch articles or pages.
  const onlyFts =
    c.match && !c.exclude && c.kinds.length + c.notKinds.length === 0 && !c.dateFrom && !c.dateTo;
  const sql = onlyFts
    ? 'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH @match'
    : `SELECT count(*) FROM ${fromClause(c)} WHERE ${w.sql}`;
  return db.prepare(sql).pluck().get(w.params) as number;
}

interface Ranked {
  id: number;
  rank: number;
}

/** Ids of one page of hits in rank order: bm25 (weights set in migration 004), then newest page first. */
export function rankedIds(db: Db, c: CompiledQuery, limit: number, offset: number): Ranked[] {
  const w = whereClauses(c);
  const rank = c.match ? 'articles_fts.rank' : '0';
  // Only ids and ranks go through the sorter: carrying paragraphs for every match would make
  // common terms slow; the shown page's text is fetched afterwards.
  const sql = `SELECT a.id AS id, ${rank} AS rank FROM ${fromClause(c)} WHERE ${w.sql}
    ORDER BY ${c.match ? 'articles_fts.rank, ' : ''}p.date IS NULL, p.date DESC, a.id DESC
    LIMIT @limit OFFSET @offset`;
  return db.prepare(sql).all({ ...w.params, limit, offset }) as Ranked[];
}

interface HitRow extends SearchableRow {
  id: number;
  kind: SearchHitT['kind'];
  page_label: string | null;
  paper: string | null;
  date: string | null;
}

export function buildHit(row: HitRow, rank: number, terms: readonly TextTerm[]): SearchHitT {
  const segments = articleSegments(row);
  const headline = segments.find((s) => s.field === 'headline');
  const body = segments.filter((s) => s.field === 'paragraph' || s.field === 'source');
  const bodyMatches = body.map((s) => findMatches(s, terms));
  const at = Math.max(
    0,
    bodyMatches.findIndex((m) => m.length > 0),
  );
  // A hit only in the headline or byline still gets the opening of the article as its snippet.
  const firstParagraph = body.findIndex((s) => s.field === 'paragraph');
  const chosen = bodyMatches[at]?.length ? at : Math.max(0, firstParagraph);
  const snippet = makeSnippet(body[chosen]?.text ?? '', bodyMatches[chosen] ?? []);
  return {
    id: row.id,
    headline: row.headline,
    kind: row.kind,
    page: row.page_label,
    paper: row.paper,
    date: row.date,
    bylines: JSON.parse(row.bylines) as SearchHitT['bylines'],
    snippet: snippet.text,
    highlights: { headline: headline ? findMatches(headline, terms) : [], snippet: snippet.highlights },
    score: Math.round(-rank * 1e6) / 1e6 || 0,
  };
}

export function searchArticles(db: Db, input: Input<'search.query'>): Result<SearchResultT> {
  const prepared = prepareQuery(input.query);
  if (!prepared.ok) return prepared;
  const c = prepared.value;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const ranked = rankedIds(db, c, limit, input.offset ?? 0);
  const fetch = db.prepare(
    `SELECT a.id, a.kind, a.kicker, a.headline, a.subheadline, a.source, a.bylines, a.paragraphs,
       p.page_label, p.paper, p.date
     FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?`,
  );
  const hits = ranked.map((r) => buildHit(fetch.get(r.id) as HitRow, r.rank, c.terms));
  return ok({ total: countMatches(db, c), hits });
}
