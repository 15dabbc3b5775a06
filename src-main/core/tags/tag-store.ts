import type { TagT } from '../../contract';
import type { Db } from '../db/db';
import { ancestorNames, defaultTagColor, descendantRange } from './tag-name';

export interface TagRow {
  id: number;
  name: string;
  color: string;
  created_at: string;
}

export const toTag = (r: Pick<TagRow, 'id' | 'name' | 'color'>): TagT => ({
  id: r.id,
  name: r.name,
  color: r.color,
});

export function getTag(db: Db, id: number): TagRow | undefined {
  return db.prepare('SELECT * FROM tags WHERE id = ?').get(id) as TagRow | undefined;
}

export function findTag(db: Db, name: string): TagRow | undefined {
  return db.prepare('SELECT * FROM tags WHERE name = ?').get(name) as TagRow | undefined;
}

/** The tag and all its descendants, parents first. */
export function subtree(db: Db, root: string): TagRow[] {
  const [from, to] = descendantRange(root);
  return db
    .prepare('SELECT * FROM tags WHERE name = ? OR (name >= ? AND name < ?) ORDER BY name')
    .all(root, from, to) as TagRow[];
}

/**
 * Finds or creates a tag and every missing parent, so the sidebar tree never has holes.
 * Call inside a transaction when it is part of a larger change.
 */
export function ensureTag(db: Db, name: string, color?: string, now = new Date()): TagRow {
  const insert = db.prepare('INSERT OR IGNORE INTO tags (name, color, created_at) VALUES (?, ?, ?)');
  for (const parent of ancestorNames(name)) insert.run(parent, defaultTagColor(parent), now.toISOString());
  insert.run(name, color ?? defaultTagColor(name), now.toISOString());
  return findTag(db, name) as TagRow;
}
