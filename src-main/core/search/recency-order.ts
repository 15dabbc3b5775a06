import type { Db } from '../db/db';

/**
 * Every article's place in "newest page first" order (the tie-break of search ranking), cached per
 * connection. Ordering a very common term's matches by page date costs a join and sort over every
 * match (~300 ms for 95k matches at 100k articles); with this array it is an in-memory sort, and the
 * array itself costs one ordered scan (~60 ms at 100k, ~1 s at 1M) until the order can have changed.
 */
interface Cached {
  /** `search_order_generation` when built: triggers bump it on article and page-date changes only. */
  generation: number;
  /** `position[id]` = 0 for the newest article; -1 for ids that do not exist. */
  position: Int32Array;
  /** `ids[position]` = article id. */
  ids: Int32Array;
  /**
   * Ids in blocks of BLOCK: `newestInBlock[b]` is the smallest position in block b (NONE when it
   * holds no article), `blocksNewestFirst` the block numbers by that, and `lowestInBlock[id]` the
   * smallest position among the ids of its block up to id. walk-newest.ts reads blocks newest
   * first and stops as soon as nothing unread can be newer than its worst kept hit, so an archive
   * imported day by day and one with a back catalogue imported last are both read from the top.
   */
  newestInBlock: Int32Array;
  blocksNewestFirst: Int32Array;
  lowestInBlock: Int32Array;
}

/** 4096 ids: a block's matches of a word in every article cost ~1 ms to read, its seek ~0.1 ms. */
export const BLOCK = 4096;

/** The position of no article: later than every real one. */
export const NONE = 0x7fffffff;

const cache = new WeakMap<Db, Cached>();

/**
 * The counter of changes to the recency order (migration 007). Its triggers run for writes from
 * any connection, and reading it sees other connections' commits, so tag, annotation and text
 * writes leave the cache alone while every article or page-date change invalidates it.
 */
export function orderGeneration(db: Db): number {
  return db.prepare('SELECT generation FROM search_order_generation WHERE id = 1').pluck().get() as number;
}

/** The generation the cached order of this connection was built at, or null when none is cached. */
export function cachedOrderGeneration(db: Db): number | null {
  return cache.get(db)?.generation ?? null;
}

export function recencyOrder(db: Db): Cached {
  const generation = orderGeneration(db);
  const hit = cache.get(db);
  if (hit?.generation === generation) return hit;
  const list = db
    .prepare(
      'SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id ORDER BY p.date IS NULL, p.date DESC, a.id DESC',
    )
    .pluck()
    .all() as number[];
  const ids = Int32Array.from(list);
  const maxId = ids.reduce((m, id) => (id > m ? id : m), 0);
  const position = new Int32Array(maxId + 1).fill(-1);
  ids.forEach((id, i) => (position[id] = i));
  const blocks = Math.floor(maxId / BLOCK) + 1;
  const newestInBlock = new Int32Array(blocks).fill(NONE);
  const lowestInBlock = new Int32Array(maxId + 1);
  let lowest = NONE;
  for (let id = 0; id <= maxId; id++) {
    if (id % BLOCK === 0) lowest = NONE;
    const at = position[id]!;
    if (at >= 0 && at < lowest) lowest = at;
    lowestInBlock[id] = lowest;
    newestInBlock[Math.floor(id / BLOCK)] = lowest;
  }
  const blocksNewestFirst = Int32Array.from({ length: blocks }, (_, b) => b).sort(
    (a, b) => newestInBlock[a]! - newestInBlock[b]! || b - a,
  );
  const fresh = { generation, position, ids, newestInBlock, blocksNewestFirst, lowestInBlock };
  // Inside a transaction the counter may be uncommitted: after a rollback the same number could
  // come back with other articles behind it, so an order built there is used once, never kept.
  if (!db.inTransaction) cache.set(db, fresh);
  return fresh;
}
