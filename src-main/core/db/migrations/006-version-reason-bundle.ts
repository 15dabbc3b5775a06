import type { Db } from '../db';

/**
 * `article_versions.reason` gains 'bundle': a version that arrived in a colleague's bundle for a page
 * this archive already had. History must say where text came from, so it is not passed off as the
 * editor's own 'correction'. SQLite cannot alter a CHECK constraint, so the table is rebuilt with
 * the same columns (005's `source` included) and rows; it has no triggers, foreign keys or
 * dependent indexes beyond its UNIQUE constraint, which the new definition carries.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE article_versions_new (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      reason TEXT NOT NULL
        CHECK (reason IN ('parsed', 'correction', 'revert', 'split', 'merge', 'reimport', 'bundle')),
      kicker TEXT,
      headline TEXT,
      subheadline TEXT,
      bylines TEXT NOT NULL,
      paragraphs TEXT NOT NULL,
      created_at TEXT NOT NULL,
      source TEXT,
      UNIQUE (article_id, version)
    ) STRICT;
    INSERT INTO article_versions_new (id, article_id, version, reason, kicker, headline, subheadline, bylines,
      paragraphs, created_at, source)
    SELECT id, article_id, version, reason, kicker, headline, subheadline, bylines, paragraphs, created_at, source
    FROM article_versions;
    DROP TABLE article_versions;
    ALTER TABLE article_versions_new RENAME TO article_versions;
  `);
}
