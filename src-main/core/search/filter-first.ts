import { taggedIds } from '../collections/tag-filter';
import type { Db } from '../db/db';
import type { CompiledQuery } from './compile-query';
import { byRankThenRecency } from './rank-order';
import { COMMON_MATCHES, rankCommon, type Ranked } from './rank-common';

/**
 * Words plus filters (date:, kind:, tag:, -kind:, -tag:), answered from the filters' indexes and
 * the full-text rowids instead of joining every match to articles and pages. The join costs about
 * 1 µs per match: 300 ms for a common word with date: at 300k articles, where reading its rowids
 * costs ~0.1 µs each and the filter's ids come from an index (pages_by_date, articles_by_kind,
 * article_tags_by_tag). A date filter also bounds the rowids read, since a range of days is
 * mostly a range of ids. The ids found are the count and the first page in one pass.
 */
export interface FilteredMatches {
  /** Every hit, ascending id. */
  ids: number[];
  /** Full-text matches read (within the filter's id bounds) before filtering. */
  matched: number;
}

const hasFilters = (c: CompiledQuery): boolean =>
  c.kinds.length + c.notKinds.length + c.tags.length + c.notTags.length > 0 || !!c.dateFrom || !!c.dateTo;

const list = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

/** Id lists of the positive filters, then of the negative ones; each read through an index. */
function filterSets(db: Db, c: CompiledQuery): { positive: number[][]; negative: number[][] } {
  const ids = (sql: string, ...params: unknown[]) =>
    db
      .prepare(sql)
      .pluck()
      .all(...params) as number[];
  const byKinds = (kinds: string[]) =>
    ids(`SELECT id FROM articles WHERE kind IN (${list(kinds.length)})`, ...kinds);
  // Never through the articles table: scanning it reads every article's row (~1 KB each in place).
  const byTag = (name: string) => {
    const t = taggedIds(name);
    return ids(t.sql, ...t.params);
  };
  const positive: number[][] = [];
  if (c.dateFrom || c.dateTo) {
    const where = [c.dateFrom ? 'p.date >= ?' : null, c.dateTo ? 'p.date <= ?' : null].filter((w) => w);
    const params = [c.dateFrom, c.dateTo].filter((v) => v);
    positive.push(
      ids(
        `SELECT a.id FROM pages p JOIN articles a ON a.page_id = p.id WHERE ${where.join(' AND ')}`,
        ...params,
      ),
    );
  }
  if (c.kinds.length > 0) positive.push(byKinds(c.kinds));
  for (const tag of c.tags) positive.push(byTag(tag));
  const negative = [...(c.notKinds.length > 0 ? [byKinds(c.notKinds)] : []), ...c.notTags.map(byTag)];
  return { positive, negative };
}

/** Null when the query has no words or no filters: the plain paths serve those. */
export function filterFirst(db: Db, c: CompiledQuery): FilteredMatches | null {
  if (c.match === null || !hasFilters(c)) return null;
  const { positive, negative } = filterSets(db, c);
  const maxId = (db.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck().get() as number) + 1;
  // marks[id]: how many positive filters the article passes; EXCLUDED when a negative one hits it.
  const EXCLUDED = 255;
  const marks = new Uint8Array(maxId);
  for (const set of positive) for (const id of set) marks[id]!++;
  for (const set of negative) for (const id of set) marks[id] = EXCLUDED;
  const need = positive.length;
  let lo = 0;
  let hi = maxId;
  if (need > 0) {
    while (lo < maxId && marks[lo] !== need) lo++;
    if (lo === maxId) return { ids: [], matched: 0 };
    hi = maxId - 1;
    while (marks[hi] !== need) hi--;
  }
  // Rowids bind as BigInt: FTS5 ignores a REAL rowid constraint (see rank-common.ts).
  const rowids = db
    .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?')
    .pluck()
    .all(c.match, BigInt(lo), BigInt(hi)) as number[];
  const ids = rowids.filter((id) => marks[id] === need);
  return { ids, matched: rowids.length };
}

/**
 * One page of filtered hits in the order the joined query gives: bm25, then newest page, then
 * newest id; or, when the words alone match more than COMMON_MATCHES, headline hits then newest
 * (rank-common.ts), since bm25 over every match is what made those queries slow.
 */
export function rankFiltered(
  db: Db,
  c: CompiledQuery,
  found: FilteredMatches,
  limit: number,
  offset: number,
  commonAbove = COMMON_MATCHES,
): Ranked[] {
  if (c.match === null || found.ids.length === 0) return [];
  if (found.matched > commonAbove)
    return rankCommon(
      db,
      { ...c, match: c.match, onlyFts: false },
      () => found.ids,
      limit,
      offset,
      found.ids.length,
    );
  const keep = new Set(found.ids);
  const rows = (
    db
      .prepare(
        'SELECT rowid AS id, rank FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?',
      )
      .all(c.match, BigInt(found.ids[0]!), BigInt(found.ids.at(-1)!)) as Ranked[]
  ).filter((r) => keep.has(r.id));
  return byRankThenRecency(db, rows).slice(offset, offset + limit);
}
