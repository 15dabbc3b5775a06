import type { Db } from '../db/db';

/**
 * Every article's place in "newest page first" order (the tie-break of search ranking), cached per
 * connection. Ordering a very common term's matches by page date costs a join and sort over every
 * match (~300 ms for 95k matches at 100k articles); with this array it is an in-memory sort, and the
 * array itself costs one ordered scan (~60 ms at 100k) until the archive next changes.
 */
interface Cached {
  key: string;
  /** `position[id]` = 0 for the newest article; -1 for ids that do not exist. */
  position: Int32Array;
  /** `ids[position]` = article id. */
  ids: Int32Array;
}

const cache = new WeakMap<Db, Cached>();

/**
 * Changes on this connection bump total_changes() (a cascade starts with a counted statement, and a
 * rollback never lowers it); commits from other connections bump data_version. Either one makes
 * the cache stale, so at worst a tag write costs one rebuild, never a stale order.
 */
function versionKey(db: Db): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  return `${changes}:${String(db.pragma('data_version', { simple: true }))}`;
}

export function recencyOrder(db: Db): Cached {
  const key = versionKey(db);
  const hit = cache.get(db);
  if (hit?.key === key) return hit;
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
  const fresh = { key, position, ids };
  cache.set(db, fresh);
  return fresh;
}
