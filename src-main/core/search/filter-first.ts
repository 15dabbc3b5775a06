import type { Db } from '../db/db';
import type { CompiledQuery } from './compile-query';
import { hasFilters, matchedIds, MATERIALIZE_UP_TO, planFilters, type FilterPlan } from './filter-plan';
import { byRankThenRecency } from './rank-order';
import { COMMON_MATCHES, headlineGroup, type Ranked } from './rank-common';
import { recencyOrder } from './recency-order';

/**
 * Words plus filters answered from the filters' indexes and the full-text rowids instead of
 * joining every match to articles and pages: the join costs about 1 µs per match (300 ms for a
 * common word with date: at 300k articles), where reading a rowid costs ~0.2 µs and the filter is
 * a mark per id or one indexed test (filter-plan.ts). The ids found are the count and the first
 * page in one pass. search-articles.ts uses this when the words match few enough rows in the
 * filter's bounds to read them all; beyond that the page is walked for (rank-common.ts).
 */
export interface FilteredMatches {
  /** Every hit, ascending id. */
  ids: number[];
  /** Full-text matches read (within the filter's id bounds) before filtering. */
  matched: number;
}

/**
 * Null when the query has no words or no filters: the plain paths serve those. `plan`: the
 * filters already planned, or how many ids a tag or person filter may have to be read as marks.
 */
export function filterFirst(
  db: Db,
  c: CompiledQuery,
  plan: FilterPlan | number = MATERIALIZE_UP_TO,
): FilteredMatches | null {
  if (c.match === null || !hasFilters(c)) return null;
  const { ids, read } = matchedIds(db, c.match, typeof plan === 'number' ? planFilters(db, c, plan) : plan);
  return { ids, matched: read };
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
  const lo = found.ids[0]!;
  const hi = found.ids.at(-1)!;
  if (found.matched > commonAbove) {
    // Every hit is at hand: one read of the headline doclist within bounds splits them in two,
    // and each group is ordered by the cached recency positions (rank-common.ts's order).
    const { position } = recencyOrder(db);
    const { table, expr } = headlineGroup(c);
    const head = new Set(
      db
        .prepare(`SELECT rowid FROM ${table} WHERE ${table} MATCH ? AND rowid BETWEEN ? AND ?`)
        .pluck()
        .all(expr, BigInt(lo), BigInt(hi)) as number[],
    );
    const group = (id: number): number => (head.has(id) ? 0 : 1);
    return found.ids
      .toSorted((a, b) => group(a) - group(b) || position[a]! - position[b]!)
      .slice(offset, offset + limit)
      .map((id) => ({ id, rank: -1 + group(id) }));
  }
  const keep = new Set(found.ids);
  const rows = (
    db
      .prepare(
        'SELECT rowid AS id, rank FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?',
      )
      .all(c.match, BigInt(lo), BigInt(hi)) as Ranked[]
  ).filter((r) => keep.has(r.id));
  return byRankThenRecency(db, rows).slice(offset, offset + limit);
}
