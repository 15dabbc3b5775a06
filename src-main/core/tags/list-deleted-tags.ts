import type { DeletedTagT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import type { Snapshot } from './tag-undo';

/** The label deleteTag gives its undo snapshot; the snapshot is the only copy of the tag. */
export const DELETE_LABEL = 'delete %';

/**
 * Tags deleted and not restored, newest first, read from their undo snapshots (never pruned), so
 * the list survives a restart when the undo toast is long gone. The count is of articles that still
 * exist, i.e. what a restore would bring back.
 */
export function listDeletedTags(db: Db): Result<DeletedTagT[]> {
  const rows = db
    .prepare('SELECT id, snapshot, created_at FROM tag_undo WHERE label LIKE ? ORDER BY id DESC')
    .all(DELETE_LABEL) as { id: number; snapshot: string; created_at: string }[];
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?');
  return ok(
    rows.flatMap((r) => {
      const s = JSON.parse(r.snapshot) as Snapshot;
      const root = s.tags.find((t) => t.name === s.roots[0]);
      if (!root) return [];
      const articles = new Set(s.articleLinks.map(([a]) => a).filter((a) => exists.get(a) !== undefined));
      return [
        {
          undoId: r.id,
          name: root.name,
          color: root.color,
          tagCount: s.tags.length,
          articleCount: articles.size,
          deletedAt: r.created_at,
        },
      ];
    }),
  );
}
