import type { Db } from '../db';
import { pageTextHash } from '../../pages/text-identity';

/**
 * `pages.text_hash`: the hash of a page's normalised decoded text (pages/text-identity.ts), so a
 * page already imported in another encoding or with other line endings is recognised as the same
 * page instead of stored twice. Not unique: archives made before this may already hold such
 * duplicates, and the import reports them rather than refusing to open.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE pages ADD COLUMN text_hash TEXT;
    CREATE INDEX pages_by_text_hash ON pages (text_hash);
  `);
  // One page at a time (ids first): better-sqlite3 cannot write while a read cursor is open.
  const ids = db.prepare('SELECT id FROM pages').pluck().all() as number[];
  const text = db.prepare('SELECT source_text FROM pages WHERE id = ?').pluck();
  const set = db.prepare('UPDATE pages SET text_hash = ? WHERE id = ?');
  for (const id of ids) set.run(pageTextHash(text.get(id) as string), id);
}
