import type { Input, SearchHitT, SearchResultT } from '../../contract';
import { err, ok, type Result } from '../../result';
import { tagCondition } from '../collections/tag-filter';
import { personCondition } from '../people/person-filter';
import type { Db } from '../db/db';
import { articleSegments, type SearchableRow } from './article-segments';
import { compileQuery, type CompiledQuery } from './compile-query';
import { filterFirst, rankFiltered } from './filter-first';
import { cappedMatches, hasFilters, planFilters } from './filter-plan';
import { findMatches } from './find-matches';
import { byRankThenRecency } from './rank-order';
import { makeSnippet } from './make-snippet';
import { COMMON_MATCHES, commonPage, type Ranked } from './rank-common';
import { isEmptyQuery, parseQuery, type TextTerm } from './parse-query';

export const DEFAULT_LIMIT = 20;

/** Parses and compiles, turning every problem into `bad-query`. */
export function prepareQuery(query: string): Result<CompiledQuery> {
  const parsed = parseQuery(query);
  if (!parsed.ok) return parsed;
  if (isEmptyQuery(parsed.value)) return err('bad-query', '空查询 / empty query');
  return ok(compileQuery(parsed.value));
}

export interface Where {
  sql: string;
  /** Positional, in the order of the `?` in `sql`. */
  params: unknown[];
}

/** SQL filters beside the FTS5 MATCH (articles alias `a`, pages `p`); every value bound, never spliced. */
export function whereClauses(c: CompiledQuery): Where {
  const parts: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]): void => {
    parts.push(sql);
    params.push(...values);
  };
  if (c.match) add('articles_fts MATCH ?', c.match);
  if (c.exclude) add('a.id NOT IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)', c.exclude);
  if (c.kinds.length > 0) add(`a.kind IN (${c.kinds.map(() => '?').join(', ')})`, ...c.kinds);
  if (c.notKinds.length > 0) add(`a.kind NOT IN (${c.notKinds.map(() => '?').join(', ')})`, ...c.notKinds);
  if (c.dateFrom) add('p.date >= ?', c.dateFrom);
  if (c.dateTo) add('p.date <= ?', c.dateTo);
  for (const tag of c.tags) {
    const t = tagCondition('a', tag);
    add(t.sql, ...t.params);
  }
  for (const tag of c.notTags) {
    const t = tagCondition('a', tag);
    add(`NOT (${t.sql})`, ...t.params);
  }
  for (const name of c.persons) {
    const p = personCondition('a', name);
    add(p.sql, ...p.params);
  }
  for (const name of c.notPersons) {
    const p = personCondition('a', name);
    add(`NOT (${p.sql})`, ...p.params);
  }
  return { sql: parts.length > 0 ? parts.join(' AND ') : '1', params };
}

/** FROM clause: driven by the FTS5 table when there is something to match, else by articles. */
export function fromClause(c: CompiledQuery): string {
  return c.match
    ? 'articles_fts JOIN articles a ON a.id = articles_fts.rowid JOIN pages p ON p.id = a.page_id'
    : 'articles a JOIN pages p ON p.id = a.page_id';
}

/** True when the FTS5 MATCH is the whole query, so nothing needs articles or pages. */
function onlyFts(c: CompiledQuery): boolean {
  return (
    c.match !== null &&
    !c.exclude &&
    c.kinds.length + c.notKinds.length + c.tags.length + c.notTags.length === 0 &&
    c.persons.length + c.notPersons.length === 0 &&
    !c.dateFrom &&
    !c.dateTo
  );
}

export function countMatches(db: Db, c: CompiledQuery): number {
  const w = whereClauses(c);
  const sql = onlyFts(c)
    ? 'SELECT count(*) FROM articles_fts WHERE articles_fts MATCH ?'
    : `SELECT count(*) FROM ${fromClause(c)} WHERE ${w.sql}`;
  return db
    .prepare(sql)
    .pluck()
    .get(...w.params) as number;
}

/**
 * Ids of one page of hits in rank order: bm25 (weights set in migration 004), then newest page
 * first; above COMMON_MATCHES matches, headline hits then newest (rank-common.ts). `total` is the
 * match count when the caller already has it.
 */
export function rankedIds(
  db: Db,
  c: CompiledQuery,
  limit: number,
  offset: number,
  total: number = countMatches(db, c),
): Ranked[] {
  if (c.match !== null && total > COMMON_MATCHES)
    return commonPage(db, c, planFilters(db, c), limit, offset, total).ranked;
  const w = whereClauses(c);
  if (c.match !== null && onlyFts(c)) {
    const rows = db
      .prepare('SELECT rowid AS id, rank FROM articles_fts WHERE articles_fts MATCH ?')
      .all(c.match);
    return byRankThenRecency(db, rows as Ranked[]).slice(offset, offset + limit);
  }
  const rank = c.match ? 'articles_fts.rank' : '0';
  // Only ids and ranks go through the sorter: carrying paragraphs for every match would make
  // common terms slow; the shown page's text is fetched afterwards.
  const sql = `SELECT a.id AS id, ${rank} AS rank FROM ${fromClause(c)} WHERE ${w.sql}
    ORDER BY ${c.match ? 'articles_fts.rank, ' : ''}p.date IS NULL, p.date DESC, a.id DESC
    LIMIT ? OFFSET ?`;
  return db.prepare(sql).all(...w.params, limit, offset) as Ranked[];
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
  const bylines = JSON.parse(row.bylines) as SearchHitT['bylines'];
  return {
    id: row.id,
    headline: row.headline,
    kind: row.kind,
    page: row.page_label,
    paper: row.paper,
    date: row.date,
    bylines,
    snippet: snippet.text,
    highlights: {
      headline: headline ? findMatches(headline, terms) : [],
      snippet: snippet.highlights,
      // By index, not by segment order: a byline without a name has no segment.
      bylines: bylines.map((_, i) => {
        const segment = segments.find((s) => s.field === 'byline' && s.index === i);
        return segment ? findMatches(segment, terms) : [];
      }),
    },
    score: Math.round(-rank * 1e6) / 1e6 || 0,
  };
}

/**
 * Above this many matches within a filter's bounds, a filtered query's page is walked for
 * (rank-common.ts) instead of reading every match: counting 20k matches in C costs ~2.5 ms and
 * reading them into JS ~4 ms, more than the walk for a page.
 */
export const READ_ALL_UP_TO = 5_000;

/**
 * Words without filters are counted exactly up to this many matches: ~6 ms in C (bench search,
 * 的 in 99.7k of 100k articles), so archives up to about this size never show an estimate.
 */
export const COUNT_EXACT_UP_TO = 100_000;

export interface SearchPage {
  total: number;
  ranked: Ranked[];
  /**
   * `total` was extrapolated (a common word with filters or exclusions, or in more than
   * COUNT_EXACT_UP_TO articles); exactTotal() gives the count.
   */
  estimated: boolean;
}

/**
 * The match count and one page of ranked ids. Words with filters: in one pass over the matches
 * when they are few enough to read (filter-first.ts); otherwise by walking for the page, with the
 * total estimated, since counting a word in most of a million articles against a filter costs
 * ~200 ms where its first page costs a few (bench/search.bench.ts).
 */
export function searchPage(
  db: Db,
  c: CompiledQuery,
  limit: number,
  offset: number,
  tuning: { readAllUpTo?: number; materializeUpTo?: number; countExactUpTo?: number } = {},
): SearchPage {
  // An exclusion (`发展 -深入`) is a filter too: counting it means reading every match of its words.
  if (c.match !== null && (hasFilters(c) || c.excludes)) {
    const plan = planFilters(db, c, tuning.materializeUpTo);
    const readAllUpTo = tuning.readAllUpTo ?? READ_ALL_UP_TO;
    if (cappedMatches(db, c.match, plan, readAllUpTo) > readAllUpTo) {
      const page = commonPage(db, c, plan, limit, offset);
      return { total: page.total, ranked: page.ranked, estimated: !page.exact };
    }
    const filtered = filterFirst(db, c, plan);
    if (filtered)
      return {
        total: filtered.ids.length,
        ranked: rankFiltered(db, c, filtered, limit, offset),
        estimated: false,
      };
  }
  if (c.match !== null && onlyFts(c)) {
    // Words alone: counted in C up to a cap, exactly; past it the page is walked for and the total
    // estimated like a filtered one's (a word in most of a million articles costs ~50 ms to count).
    const plan = planFilters(db, c);
    const countUpTo = tuning.countExactUpTo ?? COUNT_EXACT_UP_TO;
    const counted = cappedMatches(db, c.match, plan, countUpTo);
    if (counted <= countUpTo)
      return { total: counted, ranked: rankedIds(db, c, limit, offset, counted), estimated: false };
    const page = commonPage(db, c, plan, limit, offset);
    // The count already showed more than the cap, whatever the sample says.
    const total = page.exact ? page.total : Math.max(page.total, countUpTo + 1);
    return { total, ranked: page.ranked, estimated: !page.exact };
  }
  const total = countMatches(db, c);
  return { total, ranked: rankedIds(db, c, limit, offset, total), estimated: false };
}

/** The exact number of hits: every filter read from its index, however wide (search.count). */
export function exactTotal(db: Db, c: CompiledQuery): number {
  if (c.match !== null && hasFilters(c)) return filterFirst(db, c, Infinity)!.ids.length;
  return countMatches(db, c);
}

export function searchArticles(db: Db, input: Input<'search.query'>): Result<SearchResultT> {
  const prepared = prepareQuery(input.query);
  if (!prepared.ok) return prepared;
  const c = prepared.value;
  const limit = input.limit ?? DEFAULT_LIMIT;
  const { total, ranked, estimated } = searchPage(db, c, limit, input.offset ?? 0);
  const fetch = db.prepare(
    `SELECT a.id, a.kind, a.kicker, a.headline, a.subheadline, a.source, a.bylines, a.paragraphs,
       p.page_label, p.paper, p.date
     FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?`,
  );
  const hits = ranked.map((r) => buildHit(fetch.get(r.id) as HitRow, r.rank, c.terms));
  return ok({ total, hits, ...(estimated ? { totalIsEstimate: true } : {}) });
}

export function countArticles(db: Db, input: Input<'search.count'>): Result<{ total: number }> {
  const prepared = prepareQuery(input.query);
  if (!prepared.ok) return prepared;
  return ok({ total: exactTotal(db, prepared.value) });
}
