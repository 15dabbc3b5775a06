import type { Db } from '../db';
import { packSourceText } from '../../pages/source-text';

/** Pages converted per statement batch, so memory stays bounded on an archive of any size. */
const BATCH = 500;

/**
 * `pages.source_deflated`: the page's decoded source text, raw-deflated (pages/source-text.ts).
 * Every existing page is converted and its `source_text` emptied, so the text is stored once. The
 * column `source_text` is kept rather than dropped: older trash snapshots restore their page rows
 * by column name, and a row with `source_deflated` NULL still reads from it. The migration runs in
 * migrate()'s one transaction: a crash leaves every page as it was, never half converted.
 * (The space freed is reused by later imports; the file itself shrinks on a backup and restore.)
 */
export function up(db: Db): void {
  db.exec('ALTER TABLE pages ADD COLUMN source_deflated BLOB');
  // Read a batch whole before writing it: better-sqlite3 cannot write while a read cursor is open.
  const next = db.prepare(
    'SELECT id, source_text FROM pages WHERE id > ? AND source_deflated IS NULL ORDER BY id LIMIT ?',
  );
  const set = db.prepare("UPDATE pages SET source_deflated = ?, source_text = '' WHERE id = ?");
  for (let after = -1; ;) {
    const rows = next.all(after, BATCH) as { id: number; source_text: string }[];
    for (const r of rows) set.run(packSourceText(r.source_text), r.id);
    const last = rows.at(-1);
    if (!last) break;
    after = last.id;
  }
}
