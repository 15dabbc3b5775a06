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

/**
 * One page of a large result set: articles with every term in a headline first, then the rest,
 * each newest page first. Same set and total as the bm25 order, only the order differs.
 * `match` is the full query's set; the headline set only decides which group a match falls in,
 * so applying the column filter to the exclusions too (`headline : (a NOT b)`) cannot leak hits.
 */
export function rankCommon(
  db: Db,
  c: CompiledQuery & { match: string },
  matchIds: number[],
  limit: number,
  offset: number,
): Ranked[] {
  const { position, ids } = recencyOrder(db);
  const inHeadline = new Set(
    db
      .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?')
      .pluck()
      .all(`headline : (${c.match})`) as number[],
  );
  // One number per match: group in the high part, recency position in the low part, so a typed
  // numeric sort does the whole ordering without comparator calls.
  const GROUP = 2 ** 32;
  const keys = new Float64Array(matchIds.length);
  let n = 0;
  for (const id of matchIds) {
    const at = position[id] ?? -1;
    // An article written after the cache was built cannot be here: the key changed with the write.
    if (at < 0) throw new Error(`rankCommon: article ${id} missing from recency order`);
    keys[n++] = (inHeadline.has(id) ? 0 : GROUP) + at;
  }
  keys.sort();
  // Score: 1 for a headline hit, 0 otherwise. bm25 for the shown rows alone would cost more than
  // the whole page (FTS5 re-runs a phrase over its full doclist for `MATCH … AND rowid = ?`).
  return Array.from(keys.subarray(offset, offset + limit), (key) => ({
    id: ids[key % GROUP]!,
    rank: key < GROUP ? -1 : 0,
  }));
}
