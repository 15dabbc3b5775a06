import type { Input, Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { DELETE_LABEL } from './list-deleted-tags';
import { ancestorNames } from './tag-name';
import { ensureTag, findTag, getTag, toTag, type TagRow } from './tag-store';
import type { Snapshot } from './tag-undo';
import { writeTransaction } from '../db/write-transaction';

/**
 * Brings back a deleted tag (and its deleted children) from its snapshot. Unlike `tags.undo`, which
 * replaces whatever now carries the names, a tag created since under the same name is kept and the
 * snapshot's links are merged into it: its links and hand order are the editor's newer work. A
 * free name gets the tag back with its id, colour and hand order. Links to articles or annotations
 * that no longer exist are skipped. The snapshot is consumed, so the tag leaves the deleted list.
 */
export function restoreDeletedTag(
  db: Db,
  input: Input<'tags.restoreDeleted'>,
): Result<Output<'tags.restoreDeleted'>> {
  return writeTransaction(db, (): Result<Output<'tags.restoreDeleted'>> => {
    const row = db
      .prepare('SELECT snapshot FROM tag_undo WHERE id = ? AND label LIKE ?')
      .get(input.undoId, DELETE_LABEL) as { snapshot: string } | undefined;
    if (!row) return err('not-found', `deleted tag #${input.undoId}`);
    const s = JSON.parse(row.snapshot) as Snapshot;
    const rootName = s.roots[0];
    if (rootName === undefined || !s.tags.some((t) => t.name === rootName))
      return err('not-found', `deleted tag #${input.undoId}`);
    const merged = findTag(db, rootName) !== undefined;
    for (const parent of ancestorNames(rootName)) ensureTag(db, parent);

    const idOf = new Map<number, number>();
    const hadOrder = new Set<number>();
    const hasOrder = db.prepare('SELECT 1 FROM tag_order WHERE tag_id = ? LIMIT 1');
    const insert = db.prepare('INSERT INTO tags (id, name, color, created_at) VALUES (?, ?, ?, ?)');
    for (const t of s.tags) {
      let target: TagRow | undefined = findTag(db, t.name);
      if (!target) {
        // Keep the old id when free, so anything that remembered it (a sidebar selection) still works.
        insert.run(getTag(db, t.id) ? null : t.id, t.name, t.color, t.created_at);
        target = findTag(db, t.name)!;
      } else if (hasOrder.get(target.id)) hadOrder.add(target.id);
      idOf.set(t.id, target.id);
    }

    const link = db.prepare(
      'INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT id, ? FROM articles WHERE id = ?',
    );
    let linksAdded = 0;
    for (const [a, t] of s.articleLinks) {
      const to = idOf.get(t);
      if (to !== undefined) linksAdded += link.run(to, a).changes;
    }
    const ann = db.prepare(
      'INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) SELECT id, ? FROM annotations WHERE id = ?',
    );
    for (const [a, t] of s.annotationLinks) {
      const to = idOf.get(t);
      if (to !== undefined) ann.run(to, a);
    }
    // A hand order made on the tag that now carries the name wins; the old one only fills a tag without.
    const ord = db.prepare(
      'INSERT OR IGNORE INTO tag_order (tag_id, article_id, position) SELECT ?, id, ? FROM articles WHERE id = ?',
    );
    for (const [t, a, p] of s.order) {
      const to = idOf.get(t);
      if (to !== undefined && !hadOrder.has(to)) ord.run(to, p, a);
    }
    db.prepare('DELETE FROM tag_undo WHERE id = ?').run(input.undoId);
    return ok({ tag: toTag(findTag(db, rootName)!), merged, linksAdded });
  });
}
