import type { Db } from '../db/db';
import { descendantRange } from '../tags/tag-name';
import type { CompiledQuery } from './compile-query';
import type { Keep } from './walk-newest';

/**
 * How a query's filters (date:, kind:, tag:, person:, and their exclusions) are applied beside
 * its words: as rowid bounds for the full-text read, plus a per-id test.
 *
 * A filter is applied one of two ways:
 * - its ids are read once from its index (pages_by_date, articles_by_kind, article_tags_by_tag)
 *   into a mark per id: always for dates and kinds, and for tags and persons with at most
 *   `materializeUpTo` ids (a selective filter). The first and last marked id bound the read;
 * - otherwise one statement per id tested, on article_tags / article_bylines: a wide filter (`-tag:` on 30% of articles
 *   is 300k ids at 1M, 50 ms to read) meets a common word, whose first page is found after
 *   testing a few dozen ids (walk-newest.ts); after SWITCH_TO_MARKS_AFTER tests its ids are read
 *   after all.
 */
export interface FilterPlan {
  lo: number;
  hi: number;
  keep: Keep;
  /**
   * How many ids in [from, to] pass, where that is known without a query (every filter read as
   * marks, or no filter at all); null while a wide filter is still tested per id. Totals are
   * estimated with it (rank-common.ts).
   */
  countIn: (from: number, to: number) => number | null;
  /** No article can pass: a positive filter selects nothing. */
  empty: boolean;
}

/** Default for the first page: beyond this many ids a filter is cheaper tested per id. */
export const MATERIALIZE_UP_TO = 20_000;

export const hasFilters = (c: CompiledQuery): boolean =>
  c.kinds.length + c.notKinds.length + c.tags.length + c.notTags.length > 0 ||
  c.persons.length + c.notPersons.length > 0 ||
  !!c.dateFrom ||
  !!c.dateTo;

const list = (n: number): string => Array.from({ length: n }, () => '?').join(', ');

interface IdSource {
  sql: string;
  params: unknown[];
  /**
   * The same filter as a statement on one id (bound first), for the per-id test; null where that
   * would read the article's row (kind, page date): rows hold the text, ~1 KB each in place,
   * 30–100 µs per article on a large archive, so those filters are always read from their indexes.
   */
  row: { sql: string; params: unknown[] } | null;
  negative: boolean;
}

/** The filters as id sources. Tag and person names are resolved to tag ids and byline names first. */
function sources(db: Db, c: CompiledQuery): IdSource[] {
  const out: IdSource[] = [];
  if (c.dateFrom || c.dateTo) {
    const conds = [c.dateFrom ? 'p.date >= ?' : null, c.dateTo ? 'p.date <= ?' : null].filter((x) => x);
    const params = [c.dateFrom, c.dateTo].filter((v) => v);
    out.push({
      sql: `SELECT a.id FROM pages p JOIN articles a ON a.page_id = p.id WHERE ${conds.join(' AND ')}`,
      params,
      row: null,
      negative: false,
    });
  }
  const kinds = (ks: string[], negative: boolean): IdSource => ({
    sql: `SELECT id FROM articles WHERE kind IN (${list(ks.length)})`,
    params: ks,
    row: null,
    negative,
  });
  const values = (sql: string, params: unknown[]): unknown[] =>
    db
      .prepare(sql)
      .pluck()
      .all(...params);
  // Tags and persons: their ids through article_tags_by_tag / article_bylines_by_name, one id
  // tested through the tables' primary key / article index. `values` are tag ids or byline names.
  const linked = (table: string, column: string, values: unknown[], negative: boolean): IdSource => {
    const within = `${column} IN (${list(values.length)})`;
    return {
      sql: `SELECT article_id FROM ${table} WHERE ${within}`,
      params: values,
      row: { sql: `SELECT 1 FROM ${table} WHERE article_id = ? AND ${within}`, params: values },
      negative,
    };
  };
  const tag = (name: string, negative: boolean): IdSource => {
    const [from, to] = descendantRange(name);
    const ids = values('SELECT id FROM tags WHERE name = ? OR (name >= ? AND name < ?)', [name, from, to]);
    return linked('article_tags', 'tag_id', ids, negative);
  };
  const person = (name: string, negative: boolean): IdSource => {
    const names = values(
      `SELECT n2.name FROM person_names n1 JOIN person_names n2 ON n2.person_id = n1.person_id WHERE n1.name = ?`,
      [name],
    );
    return linked('article_bylines', 'name', names, negative);
  };
  if (c.kinds.length > 0) out.push(kinds(c.kinds, false));
  if (c.notKinds.length > 0) out.push(kinds(c.notKinds, true));
  for (const name of c.tags) out.push(tag(name, false));
  for (const name of c.notTags) out.push(tag(name, true));
  for (const name of c.persons) out.push(person(name, false));
  for (const name of c.notPersons) out.push(person(name, true));
  return out;
}

const NOTHING: FilterPlan = { lo: 1, hi: 0, keep: () => false, countIn: () => 0, empty: true };

export function planFilters(db: Db, c: CompiledQuery, materializeUpTo = MATERIALIZE_UP_TO): FilterPlan {
  const maxId = db.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck().get() as number;
  // marks[id]: how many of the materialised positive filters so far the id passes (all of them or
  // it stays behind); EXCLUDED once a negative hits it.
  const EXCLUDED = 255;
  let marks: Uint8Array | null = null;
  let need = 0;
  // With one positive filter read as marks and nothing else, its id count is the plan's count.
  const marked: IdSource[] = [];
  let firstCount = 0;
  const mark = (s: IdSource, within?: [number, number]): Uint8Array => {
    const m = (marks ??= new Uint8Array(maxId + 1));
    const ids = db
      .prepare(within ? `${s.sql} AND article_id BETWEEN ? AND ?` : s.sql)
      .pluck()
      .all(...s.params, ...(within ?? [])) as number[];
    marked.push(s);
    if (s.negative) {
      for (const id of ids) m[id] = EXCLUDED;
      return m;
    }
    // An id passes this filter too only if it passed every earlier one: repeated ids (an article
    // under a tag and its child, a person in two bylines) are promoted once, so the SQL needs no
    // DISTINCT (a temporary B-tree: ~0.9 ms of a 1% tag's 2 ms at 1M articles).
    need++;
    let passing = 0;
    for (const id of ids)
      if (m[id] === need - 1) {
        m[id] = need;
        passing++;
      }
    if (marked.length === 1) firstCount = passing;
    return m;
  };
  const all = sources(db, c);
  const wide: IdSource[] = [];
  for (const s of all) {
    // Counted with a cap, so a wide filter costs at most `materializeUpTo` index steps to classify.
    const capped =
      materializeUpTo === Infinity || !s.row
        ? 0
        : (db
            .prepare(`SELECT count(*) FROM (${s.sql} LIMIT ?)`)
            .pluck()
            .get(...s.params, materializeUpTo + 1) as number);
    if (capped > materializeUpTo && s.row) wide.push(s);
    else mark(s);
  }

  let lo = 0;
  let hi = maxId;
  const narrowed: Uint8Array | null = marks;
  if (narrowed && need > 0) {
    // A selective filter bounds it to its first and last id.
    while (lo <= hi && narrowed[lo] !== need) lo++;
    if (lo > hi) return NOTHING;
    while (narrowed[hi] !== need) hi--;
    // A wide filter may be narrow within those bounds (`-tag:` on 30% beside one month's dates):
    // its ids there are read once, from the same index, rather than tested one by one.
    for (const s of [...wide]) {
      const within: [number, number] = [lo, hi];
      const inBounds = db
        .prepare(`SELECT count(*) FROM (${s.sql} AND article_id BETWEEN ? AND ? LIMIT ?)`)
        .pluck()
        .get(...s.params, ...within, materializeUpTo + 1) as number;
      if (inBounds > materializeUpTo) continue;
      mark(s, within);
      wide.splice(wide.indexOf(s), 1);
    }
  }

  let tests: { run: (id: number) => boolean }[] | null = wide.length
    ? wide.map((s) => {
        const st = db.prepare(s.row!.sql).pluck();
        return { run: (id: number) => (st.get(id, ...s.row!.params) !== undefined) !== s.negative };
      })
    : null;
  let tested = 0;
  const keep: Keep =
    marks || tests
      ? (id) => {
          if (marks && marks[id] !== need) return false;
          if (!tests) return true;
          // Per-id tests pay while few ids are tested (a common word's page); past that, the wide
          // filters' ids are read once after all (a word that is rare among the filter's ids).
          if (++tested > SWITCH_TO_MARKS_AFTER) {
            for (const s of wide) mark(s);
            tests = null;
            return marks![id] === need;
          }
          return tests.every((t) => t.run(id));
        }
      : null;
  const countIn = (from: number, to: number): number | null => {
    if (tests) return null;
    if (!marks) return Math.max(0, to - from + 1);
    // Every id of a lone positive filter lies in [lo, hi], which it set (each counted once, when it was promoted).
    if (marked.length === 1 && !marked[0]!.negative && from <= lo && to >= hi) return firstCount;
    let n = 0;
    for (let id = Math.max(from, 0); id <= to && id < marks.length; id++) if (marks[id] === need) n++;
    return n;
  };
  return { lo, hi, keep, countIn, empty: false };
}

/**
 * Per-id tests (5–50 µs each on a large archive: every id is a cold index page) before a wide
 * filter's ids are read instead (~0.2 µs per id). A common word's page needs a few dozen.
 */
const SWITCH_TO_MARKS_AFTER = 256;

/** Every match of `match` passing the plan, ascending id: ~0.2 µs per match read, plus the tests. */
export function matchedIds(db: Db, match: string, plan: FilterPlan): { ids: number[]; read: number } {
  if (plan.empty) return { ids: [], read: 0 };
  // Rowids bind as BigInt: FTS5 ignores a REAL rowid constraint (see rank-common.ts).
  const rowids = db
    .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ?')
    .pluck()
    .all(match, BigInt(plan.lo), BigInt(plan.hi)) as number[];
  const keep = plan.keep;
  return { ids: keep ? rowids.filter((id) => keep(id)) : rowids, read: rowids.length };
}

/** Matches within the plan's bounds, counted in C up to `cap` + 1: how costly reading them all would be. */
export function cappedMatches(db: Db, match: string, plan: FilterPlan, cap: number): number {
  if (plan.empty) return 0;
  return db
    .prepare(
      'SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid BETWEEN ? AND ? LIMIT ?)',
    )
    .pluck()
    .get(match, BigInt(plan.lo), BigInt(plan.hi), cap + 1) as number;
}
