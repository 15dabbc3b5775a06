import type { Input, TagChangeT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { ancestorNames, isInSubtree, normalizeTagName } from './tag-name';
import { ensureTag, findTag, getTag, subtree, toTag, type TagRow } from './tag-store';
import { recordUndo } from './tag-undo';
import { writeTransaction } from '../db/write-transaction';

function articlesUnder(db: Db, tags: TagRow[]): number {
  const ids = new Set<number>();
  const stmt = db.prepare('SELECT article_id FROM article_tags WHERE tag_id = ?').pluck();
  for (const t of tags) for (const a of stmt.all(t.id) as number[]) ids.add(a);
  return ids.size;
}

/**
 * Moves `source` and its descendants under the name `target`: `经济/长三角/上海` becomes
 * `区域/长三角/上海` when 经济/长三角 moves to 区域/长三角. Where the new name already exists the
 * two tags merge (links and hand order move over), so rename and merge are one code path.
 */
function moveSubtree(db: Db, source: TagRow, target: string, label: string): Result<TagChangeT> {
  if (isInSubtree(target, source.name)) return err('conflict', target);
  const missingParents = ancestorNames(target).filter((n) => !findTag(db, n));
  const undoId = recordUndo(db, label, [source.name, target, ...missingParents]);
  const moving = subtree(db, source.name);
  const affectedArticles = articlesUnder(db, moving);
  for (const parent of ancestorNames(target)) ensureTag(db, parent);
  for (const s of moving) {
    const name = target + s.name.slice(source.name.length);
    const existing = findTag(db, name);
    if (existing && existing.id !== s.id) {
      db.prepare(
        'INSERT OR IGNORE INTO article_tags SELECT article_id, ? FROM article_tags WHERE tag_id = ?',
      ).run(existing.id, s.id);
      db.prepare(
        'INSERT OR IGNORE INTO annotation_tags SELECT annotation_id, ? FROM annotation_tags WHERE tag_id = ?',
      ).run(existing.id, s.id);
      db.prepare(
        'INSERT OR IGNORE INTO tag_order SELECT ?, article_id, position FROM tag_order WHERE tag_id = ?',
      ).run(existing.id, s.id);
      db.prepare('DELETE FROM tags WHERE id = ?').run(s.id);
    } else {
      db.prepare('UPDATE tags SET name = ? WHERE id = ?').run(name, s.id);
    }
  }
  return ok({ tag: toTag(findTag(db, target)!), undoId, affectedArticles });
}

export function renameTag(db: Db, input: Input<'tags.rename'>): Result<TagChangeT> {
  const name = normalizeTagName(input.name);
  if (name === null) return err('invalid-input', input.name);
  return writeTransaction(db, (): Result<TagChangeT> => {
    const source = getTag(db, input.tagId);
    if (!source) return err('not-found', `#${input.tagId}`);
    const taken = findTag(db, name);
    if (taken && taken.id !== source.id) return err('conflict', name);
    return moveSubtree(db, source, name, `rename ${source.name} → ${name}`);
  });
}

export function mergeTags(db: Db, input: Input<'tags.merge'>): Result<TagChangeT> {
  return writeTransaction(db, (): Result<TagChangeT> => {
    const source = getTag(db, input.sourceId);
    const target = getTag(db, input.targetId);
    if (!source) return err('not-found', `#${input.sourceId}`);
    if (!target) return err('not-found', `#${input.targetId}`);
    if (source.id === target.id) return err('conflict', source.name);
    return moveSubtree(db, source, target.name, `merge ${source.name} → ${target.name}`);
  });
}

/** Deletes a tag with its descendants everywhere; the articles stay, only the links go. */
export function deleteTag(db: Db, input: Input<'tags.delete'>): Result<TagChangeT> {
  return writeTransaction(db, (): Result<TagChangeT> => {
    const source = getTag(db, input.tagId);
    if (!source) return err('not-found', `#${input.tagId}`);
    const undoId = recordUndo(db, `delete ${source.name}`, [source.name]);
    const tags = subtree(db, source.name);
    const affectedArticles = articlesUnder(db, tags);
    const del = db.prepare('DELETE FROM tags WHERE id = ?');
    for (const t of tags) del.run(t.id);
    return ok({ tag: null, undoId, affectedArticles });
  });
}
