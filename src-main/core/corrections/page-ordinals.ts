import type { Db } from '../db/db';

/** Ids of a page's articles in reading order. */
export function pageArticleIds(db: Db, pageId: number): number[] {
  return db
    .prepare('SELECT id FROM articles WHERE page_id = ? ORDER BY ordinal')
    .pluck()
    .all(pageId) as number[];
}

/**
 * Renumbers a page's articles 0..n-1 in the given order. Ordinals are first parked on unique
 * negative values because UNIQUE(page_id, ordinal) is checked row by row during an UPDATE.
 */
export function setPageOrder(db: Db, orderedIds: number[]): void {
  const park = db.prepare('UPDATE articles SET ordinal = -id WHERE id = ?');
  for (const id of orderedIds) park.run(id);
  const set = db.prepare('UPDATE articles SET ordinal = ? WHERE id = ?');
  orderedIds.forEach((id, i) => set.run(i, id));
}
