import type { Input, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { normalizeTagName } from './tag-name';
import { ensureTag, findTag, getTag, toTag } from './tag-store';
import { writeTransaction } from '../db/write-transaction';

/**
 * Tags many articles in one transaction (10,000 selected search results is the target case; one
 * prepared statement and one commit keep it well under a second, see bench/tags.bench.ts).
 * Ids of articles that no longer exist are skipped, not an error: a selection can go stale.
 */
export function applyTag(db: Db, input: Input<'tags.apply'>): Result<Output<'tags.apply'>> {
  const name = normalizeTagName(input.tag);
  if (name === null) return err('invalid-input', input.tag);
  return writeTransaction(db, (): Result<Output<'tags.apply'>> => {
    const tag = ensureTag(db, name);
    const insert = db.prepare(
      'INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT id, ? FROM articles WHERE id = ?',
    );
    let added = 0;
    for (const id of input.articleIds) added += insert.run(tag.id, id).changes;
    return ok({ tag: toTag(tag), added });
  });
}

export function removeTag(db: Db, input: Input<'tags.remove'>): Result<Output<'tags.remove'>> {
  if (!getTag(db, input.tagId)) return err('not-found', `#${input.tagId}`);
  return writeTransaction(db, (): Result<Output<'tags.remove'>> => {
    const del = db.prepare('DELETE FROM article_tags WHERE tag_id = ? AND article_id = ?');
    const unorder = db.prepare('DELETE FROM tag_order WHERE tag_id = ? AND article_id = ?');
    let removed = 0;
    for (const id of input.articleIds) {
      removed += del.run(input.tagId, id).changes;
      unorder.run(input.tagId, id);
    }
    return ok({ removed });
  });
}

/**
 * Tags on annotations. Annotations are another module's table; we keep only the join rows keyed by
 * annotation id, so this works before and after that table exists.
 */
export function annotateTag(db: Db, input: Input<'tags.annotate'>): Result<Output<'tags.annotate'>> {
  const name = normalizeTagName(input.tag);
  if (name === null) return err('invalid-input', input.tag);
  return writeTransaction(db, (): Result<Output<'tags.annotate'>> => {
    // Removing must not create the tag: a stale chip would otherwise leave an empty tag behind.
    const tag = input.remove ? findTag(db, name) : ensureTag(db, name);
    if (!tag) return err('not-found', name);
    const stmt = input.remove
      ? db.prepare('DELETE FROM annotation_tags WHERE tag_id = ? AND annotation_id = ?')
      : db.prepare('INSERT OR IGNORE INTO annotation_tags (tag_id, annotation_id) VALUES (?, ?)');
    let changed = 0;
    for (const id of input.annotationIds) changed += stmt.run(tag.id, id).changes;
    return ok({ tag: toTag(tag), changed });
  });
}
