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
 * One membership probe (`MATCH … AND rowid = ?`) per token of the query costs about as much as
 * reading this many matches of a headline doclist: 76 µs for one token, 150 for two, 220–300 for
 * four, flat from 100k to 300k articles, against 55–110 ns per match read, which grows with the
 * archive (bench/search.bench.ts archives). Probing goes on only while the hit rate so far says
 * the page will fill within the read's cost.
 */
const PROBE_COST_PER_TOKEN = 2000;

/**
 * The first `need` headline hits by walking the newest-first order and probing each article, for
 * a very common term whose headline doclist alone is hundreds of thousands of rows at 1M articles.
 * Returns their positions, or null (having spent at most `budget` probes) when the walk would cost
 * more than reading the doclist, or the headline hits are fewer than `need`.
 */
function headlinePageByProbes(
  db: Db,
  headlineExpr: string,
  ids: Int32Array,
  need: number,
  budget: number,
): number[] | null {
  if (budget < need) return null;
  // The rowid goes in as a BigInt: better-sqlite3 binds a JS number as REAL, and FTS5 drops a
  // REAL rowid constraint, answering as if it were absent (every match would "hit").
  const probe = db.prepare(`${FTS_ROWIDS} AND rowid = ?`).pluck();
  const found: number[] = [];
  for (let at = 0; at < ids.length && found.length < need; at++) {
    // Projected probes for the page at the hit rate so far (counting one more hit, so the first
    // probes are not judged on nothing) must stay within the budget.
    if (at >= budget || at * need > budget * (found.length + 1)) return null;
    if (probe.get(headlineExpr, BigInt(ids[at]!)) !== undefined) found.push(at);
  }
  return found.length === need ? found : null;
}

/**
 * One page of a large result set: articles with every term in a headline first, then the rest,
 * each newest page first. Same set and total as the bm25 order, only the order differs.
 * `match` is the full query's set; the headline set only decides which group a match falls in,
 * so applying the column filter to the exclusions too (`headline : (a NOT b)`) cannot leak hits.
 *
 * Cost (bench/search.bench.ts): for a very common term the page is usually all headline hits,
 * found by probing articles newest first when that is projected to beat reading the headline
 * doclist (at 300k articles: 5 ms instead of 18–23 for 苏 and 做以). Else the headline doclist is
 * read; when it holds the whole page the full match set is never read. Otherwise `matchIds`
 * supplies it once, as a bitmap. `total` (the exact match count) sizes the probing budget.
 * Neither group is sorted: both are picked by walking the cached newest-first order, flagging
 * positions, so the work is linear in the matches read and stops at the page's end.
 */
export function rankCommon(
  db: Db,
  c: CompiledQuery & CommonQuery,
  matchIds: () => number[],
  limit: number,
  offset: number,
  total: number,
): Ranked[] {
  const { position, ids } = recencyOrder(db);
  const need = offset + limit;
  const n = ids.length;
  const headlineExpr = `headline : (${c.match})`;
  // FTS5's NOT is binary and sits only between a positive part and the exclusions; a column
  // filter over a positive expression selects a subset of it, so no match set is needed.
  const headlineIsSubset = c.onlyFts && !/\bNOT\b/.test(c.match);
  if (headlineIsSubset) {
    const tokens = c.match.match(/[0-9a-z]+/g)?.length ?? 1;
    const budget = Math.floor(total / (PROBE_COST_PER_TOKEN * tokens));
    const probed = headlinePageByProbes(db, headlineExpr, ids, need, budget);
    if (probed) return probed.slice(offset).map((at) => ({ id: ids[at]!, rank: -1 }));
  }
  const positionOf = (id: number): number => {
    const at = position[id] ?? -1;
    // An article written after the cache was built cannot be here: the key changed with the write.
    if (at < 0) throw new Error(`rankCommon: article ${id} missing from recency order`);
    return at;
  };
  const headlineIds = db.prepare(FTS_ROWIDS).pluck().all(headlineExpr) as number[];

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
