import type { Db } from '../db';

/**
 * `search_order_cache`: the recency order (core/search/recency-order.ts) as it was last built,
 * with the `search_order_generation` it was built at. Building it reads every article and sorts
 * them by page date: ~0.8 s at 1M articles with the archive in memory, ~5.6 s just after the app
 * starts, and the first search waited for it. Read back while the generation still matches, it
 * costs one 4 MB blob. Nothing else reads it; a row that does not match is simply rebuilt.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE search_order_cache (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      generation INTEGER NOT NULL,
      -- Article ids, newest first, as 32-bit little-endian integers.
      ids BLOB NOT NULL
    ) STRICT;
  `);
}
