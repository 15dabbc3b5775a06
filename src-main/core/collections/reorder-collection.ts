import type { Input, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { getTag } from '../tags/tag-store';
import { getSearch } from './saved-searches';
import { writeTransaction } from '../db/write-transaction';

/**
 * Replaces a collection's hand order with `articleIds` (the order the editor dragged into).
 * An empty list clears it, so the collection falls back to page order.
 */
export function reorderCollection(
  db: Db,
  input: Input<'collections.reorder'>,
): Result<Output<'collections.reorder'>> {
  const ref = input.collection;
  if (ref.kind === 'tag' ? !getTag(db, ref.tagId) : !getSearch(db, ref.searchId))
    return err('not-found', JSON.stringify(ref));
  return writeTransaction(db, (): Result<Output<'collections.reorder'>> => {
    const [clear, insert, owner] =
      ref.kind === 'tag'
        ? [
            'DELETE FROM tag_order WHERE tag_id = ?',
            'INSERT OR IGNORE INTO tag_order (tag_id, position, article_id) SELECT ?, ?, id FROM articles WHERE id = ?',
            ref.tagId,
          ]
        : [
            'DELETE FROM search_order WHERE search_id = ?',
            'INSERT OR IGNORE INTO search_order (search_id, position, article_id) SELECT ?, ?, id FROM articles WHERE id = ?',
            ref.searchId,
          ];
    db.prepare(clear).run(owner);
    const stmt = db.prepare(insert);
    let ordered = 0;
    input.articleIds.forEach((id, position) => (ordered += stmt.run(owner, position, id).changes));
    return ok({ ordered });
  });
}
