import type { Db } from '../db';

/**
 * `trash`: deleted pages and articles, each kept as one snapshot of every row that went with it
 * (the page, its articles, their tag links, hand orders, annotations and their tags, text
 * history), so a restore puts back exactly what was there. See core/trash/.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE trash (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('page', 'article')),
      label TEXT NOT NULL,
      snapshot TEXT NOT NULL,
      articles INTEGER NOT NULL,
      annotations INTEGER NOT NULL,
      deleted_at TEXT NOT NULL
    ) STRICT;
  `);
}
