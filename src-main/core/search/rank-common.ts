import type { Db } from '../db/db';
import type { CompiledQuery } from './compile-query';
import { recencyOrder } from './recency-order';

/**
 * Above this many matches the first page is ranked without bm25. bm25 scores every match before
 * the sorter can keep 20: 85–500 ms for terms in 40–95% of articles at 100k (bench/search.bench.ts).
 * For such terms bm25 says little anyway: FTS5 clamps the IDF of a term in over half the articles
 * to a constant, so the order was already mostly length noise.
 */
export const COMMON_MATCHES = 2000;

export interface Ranked {
  id: number;
  rank: number;
}

export interface CommonQuery {
  /** The full query's FTS5 expression. */
  match: string;
  /**
   * True when `match` alone is the query (no exclusion, kind, date or tag filter): then every
   * headline hit of a positive expression is a match, and the headline set can stand on its own.
   */
  onlyFts: boolean;
}

const FTS_ROWIDS = 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?';

/**
 * One page of a large result set: articles with every term in a headline first, then the rest,
 * each newest page first. Same set and total as the bm25 order, only the order differs.
 * `match` is the full query's set; the headline set only decides which group a match falls in,
 * so applying the column filter to the exclusions too (`headline : (a NOT b)`) cannot leak hits.
 *
 * Cost (bench/search.bench.ts, 100k articles): the headline doclist is read first; when it holds
 * the whole page (the usual case for a very common term, whose headline hits alone number in the
 * thousands) the full match set is never read. Otherwise `matchIds` supplies it once, as a bitmap.
 * Neither group is sorted: both are picked by walking the cached newest-first order, flagging
 * positions, so the work is linear in the matches read and stops at the page's end.
 */
export function rankCommon(
  db: Db,
  c: CompiledQuery & CommonQuery,
  matchIds: () => number[],
  limit: number,
  offset: number,
): Ranked[] {
  const { position, ids } = recencyOrder(db);
  const need = offset + limit;
  const n = ids.length;
  const positionOf = (id: number): number => {
    const at = position[id] ?? -1;
    // An article written after the cache was built cannot be here: the key changed with the write.
    if (at < 0) throw new Error(`rankCommon: article ${id} missing from recency order`);
    return at;
  };
  const headlineIds = db.prepare(FTS_ROWIDS).pluck().all(`headline : (${c.match})`) as number[];
  // FTS5's NOT is binary and sits only between a positive part and the exclusions; a column
  // filter over a positive expression selects a subset of it, so no match set is needed.
  const headlineIsSubset = c.onlyFts && !/\bNOT\b/.test(c.match);

  // flags[position]: 1 = headline hit, 2 = any other match, 0 = no match.
  const HEAD = 1;
  const REST = 2;
  const flags = new Uint8Array(n);
  if (!headlineIsSubset || headlineIds.length < need) {
    for (const id of matchIds()) flags[positionOf(id)] = REST;
  }
  for (const id of headlineIds) {
    const at = positionOf(id);
    // Without the subset guarantee the headline group is headline set ∩ match set.
    if (headlineIsSubset || flags[at] === REST) flags[at] = HEAD;
  }

  // Score: 1 for a headline hit, 0 otherwise. bm25 for the shown rows alone would cost more than
  // the whole page (FTS5 re-runs a phrase over its full doclist for `MATCH … AND rowid = ?`).
  const out: Ranked[] = [];
  let seen = 0;
  const take = (kind: number, rank: number): void => {
    for (let at = 0; at < n && seen < need; at++) {
      if (flags[at] !== kind) continue;
      if (seen++ >= offset) out.push({ id: ids[at]!, rank });
    }
  };
  take(HEAD, -1);
  take(REST, 0);
  return out;
}
