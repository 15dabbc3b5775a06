import type { Db } from '../db/db';
import { subtree, type TagRow } from './tag-store';
import { writeTransaction } from '../db/write-transaction';

/**
 * Undo for archive-wide tag changes (rename, merge, delete): before the change we snapshot every
 * tag it can touch, with their links and hand order; undo deletes those tags as they are now and
 * puts the snapshot back with the original ids. Kept small: only the last UNDO_KEEP changes.
 */
const UNDO_KEEP = 50;

export interface Snapshot {
  /** Names whose subtrees the change may touch (also tags created meanwhile under them). */
  roots: string[];
  tags: TagRow[];
  articleLinks: [number, number][];
  annotationLinks: [number, number][];
  order: [number, number, number][];
}

function capture(db: Db, roots: string[]): Snapshot {
  const byId = new Map<number, TagRow>();
  for (const root of roots) for (const t of subtree(db, root)) byId.set(t.id, t);
  const tags = [...byId.values()];
  const ids = tags.map((t) => t.id);
  const rows = <T extends number[]>(sql: string): T[] =>
    ids.flatMap((id) => db.prepare(sql).raw().all(id) as T[]);
  return {
    roots,
    tags,
    articleLinks: rows<[number, number]>('SELECT article_id, tag_id FROM article_tags WHERE tag_id = ?'),
    annotationLinks: rows<[number, number]>(
      'SELECT annotation_id, tag_id FROM annotation_tags WHERE tag_id = ?',
    ),
    order: rows<[number, number, number]>(
      'SELECT tag_id, article_id, position FROM tag_order WHERE tag_id = ?',
    ),
  };
}

/** Records the state under `roots` and returns the undo id; call inside the change's transaction. */
export function recordUndo(db: Db, label: string, roots: string[], now = new Date()): number {
  const snapshot = capture(db, roots);
  const id = Number(
    db
      .prepare('INSERT INTO tag_undo (label, snapshot, created_at) VALUES (?, ?, ?)')
      .run(label, JSON.stringify(snapshot), now.toISOString()).lastInsertRowid,
  );
  // A delete's snapshot is the only copy of the tag and its links: it is never pruned, so a deleted
  // tag stays recoverable after a restart however many changes follow. Renames and merges lose
  // nothing (the links live on under the new name), so their snapshots can go.
  db.prepare("DELETE FROM tag_undo WHERE id <= ? AND label NOT LIKE 'delete %'").run(id - UNDO_KEEP);
  return id;
}

/** Restores a snapshot; returns the number of tags put back, or null when the undo id is unknown. */
export function applyUndo(db: Db, undoId: number): number | null {
  return writeTransaction(db, (): number | null => {
    const row = db.prepare('SELECT snapshot FROM tag_undo WHERE id = ?').get(undoId) as
      { snapshot: string } | undefined;
    if (!row) return null;
    const s = JSON.parse(row.snapshot) as Snapshot;
    const now = new Map<number, TagRow>();
    for (const root of s.roots) for (const t of subtree(db, root)) now.set(t.id, t);
    for (const t of s.tags) now.set(t.id, t);
    const del = db.prepare('DELETE FROM tags WHERE id = ?');
    for (const id of now.keys()) del.run(id);
    const ins = db.prepare('INSERT INTO tags (id, name, color, created_at) VALUES (?, ?, ?, ?)');
    for (const t of s.tags) ins.run(t.id, t.name, t.color, t.created_at);
    // Articles deleted since (a re-imported page) simply do not come back: the SELECT finds no row.
    const link = db.prepare(
      'INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT id, ? FROM articles WHERE id = ?',
    );
    for (const [a, t] of s.articleLinks) link.run(t, a);
    const ann = db.prepare('INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?, ?)');
    for (const [a, t] of s.annotationLinks) ann.run(a, t);
    const ord = db.prepare(
      'INSERT OR IGNORE INTO tag_order (tag_id, article_id, position) SELECT ?, id, ? FROM articles WHERE id = ?',
    );
    for (const [t, a, p] of s.order) ord.run(t, p, a);
    db.prepare('DELETE FROM tag_undo WHERE id = ?').run(undoId);
    return s.tags.length;
  });
}
