import type { Db } from '../db/db';
import { ensureTag, findTag, type TagRow } from '../tags/tag-store';
import type { BundleTagT } from './bundle-schema';

/**
 * The local tag a bundled tag is: the one with its UUID (renamed here or there, still the same
 * tag), else the one with its name. A tag created by the import takes the bundle's UUID, so the
 * next bundle from either side names it the same way.
 */
export function importTag(db: Db, t: BundleTagT, now: Date): { tag: TagRow; created: boolean } {
  if (t.uuid !== undefined) {
    const same = db.prepare('SELECT * FROM tags WHERE uuid = ?').get(t.uuid) as TagRow | undefined;
    if (same) return { tag: same, created: false };
  }
  const created = findTag(db, t.name) === undefined;
  const tag = ensureTag(db, t.name, t.color, now);
  if (created && t.uuid !== undefined)
    db.prepare('UPDATE tags SET uuid = ? WHERE id = ?').run(t.uuid, tag.id);
  return { tag, created };
}
