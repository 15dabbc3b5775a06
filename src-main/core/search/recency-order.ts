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
  // Inside a transaction the counter may be uncommitted: after a rollback the same number could
  // come back with other articles behind it, so an order built there is used once, never kept.
  if (db.inTransaction) return orderOf(generation, sortedIds(db));
  // One read snapshot for the counter and the order, so a commit from another process between
  // the two cannot label one archive's order with another's generation.
  const fresh = db.transaction(() => {
    const now = orderGeneration(db);
    const stored = storedIds(db, now);
    return { order: orderOf(now, stored ?? sortedIds(db)), stored: stored !== null };
  })();
  cache.set(db, fresh.order);
  if (!fresh.stored) store(db, fresh.order);
  return fresh.order;
}

/** Article ids newest page first (undated last), higher id first on the same date. */
function sortedIds(db: Db): Int32Array {
  const list = db
    .prepare(
      'SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id ORDER BY p.date IS NULL, p.date DESC, a.id DESC',
    )
    .pluck()
    .all() as number[];
  return Int32Array.from(list);
}

/** The order stored at `generation` (migration 020), or null when there is none at that generation. */
function storedIds(db: Db, generation: number): Int32Array | null {
  const blob = db
    .prepare('SELECT ids FROM search_order_cache WHERE id = 1 AND generation = ?')
    .pluck()
    .get(generation) as Buffer | undefined;
  if (!blob || blob.byteLength % 4 !== 0) return null;
  const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
  return Int32Array.from({ length: blob.byteLength / 4 }, (_, i) => view.getInt32(i * 4, true));
}

/**
 * Keeps the order for the next start. Best effort: a read-only archive, or another process
 * holding the write lock, leaves it unsaved (the next open rebuilds it) rather than making the
 * search that built it wait.
 */
function store(db: Db, order: Cached): void {
  if (db.readonly) return;
  const bytes = Buffer.alloc(order.ids.length * 4);
  order.ids.forEach((id, i) => bytes.writeInt32LE(id, i * 4));
  const timeout = db.pragma('busy_timeout', { simple: true }) as number;
  db.pragma('busy_timeout = 0');
  try {
    db.prepare('INSERT OR REPLACE INTO search_order_cache (id, generation, ids) VALUES (1, ?, ?)').run(
      order.generation,
      bytes,
    );
  } catch (e) {
    if (!(e instanceof Error && 'code' in e && (e.code === 'SQLITE_BUSY' || e.code === 'SQLITE_READONLY')))
      throw e;
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
}

/** Positions and blocks from the ids in order. */
function orderOf(generation: number, ids: Int32Array): Cached {
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
  return { generation, position, ids, newestInBlock, blocksNewestFirst, lowestInBlock };
}
