import type { Db } from '../db/db';
import type { CompiledQuery } from './compile-query';
import type { FilterPlan } from './filter-plan';
import { recencyOrder } from './recency-order';
import { walkNewest, type FtsTable, type Walk } from './walk-newest';

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

export interface CommonPage {
  ranked: Ranked[];
  /** The match count: exact when given or when the walk read every match, else estimated. */
  total: number;
  exact: boolean;
}

/**
 * Passing matches read, at least, before a total is extrapolated. The estimate is the share of
 * the filter's ids read that matched, times the filter's ids (filter-plan.ts `countIn`): a
 * proportion from about this many ids, within ±20% for 95% of samples of a word in most
 * articles, without first walking ~4k rows for a 1% tag as a sample of 40 did. Where a wide
 * filter is tested per id and cannot be counted, the share of the id range read is used instead,
 * which also carries the filter's own spread, so twice the sample. The exact count follows
 * (search.count).
 */
const ESTIMATE_SAMPLE = 20;
const ESTIMATE_SAMPLE_UNCOUNTED = 40;

/**
 * One page of a large result set: articles with every term in a headline first, then the rest,
 * each newest page first. Same set as the bm25 order, only the order differs.
 *
 * Both groups are read by walking doclists newest id first and stopping once no lower id can be
 * newer (walk-newest.ts): the headline group from `headline : (…)`; when it does not fill the page,
 * the rest from the full expression, skipping the headline hits already placed. Neither the full
 * match set nor the filter's ids are read, so a term in 90% of articles costs about what a rare
 * one does. `knownTotal` is the exact count when the caller has it (a C count(*) without filters);
 * otherwise the total is exact only if a walk read every match, and else extrapolated from the
 * share of the id range read (the host shows it as approximate; search.count gives the exact one).
 */
export function commonPage(
  db: Db,
  c: CompiledQuery,
  plan: FilterPlan,
  limit: number,
  offset: number,
  knownTotal?: number,
): CommonPage {
  if (c.match === null || c.headlineMatch === null) throw new Error('commonPage: a query without words');
  if (plan.empty) return { ranked: [], total: 0, exact: true };
  const { ids, position } = recencyOrder(db);
  const need = offset + limit;
  const bounds = { lo: plan.lo, hi: plan.hi, keep: plan.keep };
  const group = headlineGroup(c);
  const head = walkNewest(db, group.expr, { ...bounds, need, table: group.table });
  // An empty range costs nothing to count: it only asks whether the plan can count at all.
  const countable = plan.countIn(plan.lo, plan.lo - 1) !== null;
  const sample = knownTotal !== undefined ? 0 : countable ? ESTIMATE_SAMPLE : ESTIMATE_SAMPLE_UNCOUNTED;
  let rest: Walk | null = null;
  if (head.positions.length < need) {
    const placed = new Set(head.positions);
    rest = walkNewest(db, c.match, {
      ...bounds,
      need: need - head.positions.length,
      skip: (id) => placed.has(position[id]!),
      minPassed: sample,
    });
  } else if (sample > 0) rest = walkNewest(db, c.match, { ...bounds, need: 0, minPassed: sample });

  const ranked = [
    ...head.positions.map((at) => ({ id: ids[at]!, rank: -1 })),
    // Score: 1 for a headline hit, 0 otherwise (bm25 for the shown rows alone would cost more than
    // the page: FTS5 re-runs a phrase over its whole doclist for `MATCH … AND rowid = ?`).
    ...(rest?.positions ?? []).map((at) => ({ id: ids[at]!, rank: 0 })),
  ].slice(offset, offset + limit);
  if (knownTotal !== undefined) return { ranked, total: knownTotal, exact: true };
  if (rest!.exhausted) return { ranked, total: rest!.passed, exact: true };
  return { ranked, total: Math.max(rest!.passed + 1, estimate(rest!, plan)), exact: false };
}

/**
 * Where the headline group is read: the headline index when it can answer the query (its doclists
 * are ~1% of the main index's, so finding headline hits that are rare among the candidates no
 * longer reads the words' whole doclists), else `headline : (…)` on the main index.
 */
export function headlineGroup(c: CompiledQuery): { table: FtsTable; expr: string } {
  if (c.headlineOnly !== null) return { table: 'articles_headline_fts', expr: c.headlineOnly };
  if (c.headlineMatch === null) throw new Error('headlineGroup: a query without words');
  return { table: 'articles_fts', expr: c.headlineMatch };
}

/**
 * Passing matches per filter id walked, times the filter's ids in bounds (or per id walked,
 * times the ids in bounds, where the filter cannot be counted), to two significant figures.
 */
function estimate(walk: Walk, plan: FilterPlan): number {
  const all = plan.countIn(plan.lo, plan.hi);
  const read = all === null ? null : walk.spans.reduce((n, [a, b]) => n + plan.countIn(a, b)!, 0);
  const n =
    all !== null && read
      ? (walk.passed * all) / read
      : walk.passed / Math.max(walk.covered / (plan.hi - plan.lo + 1), 1e-9);
  const scale = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 1);
  return Math.round(n / scale) * scale;
}
