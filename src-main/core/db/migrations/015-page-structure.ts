import type { Db } from '../db';

const UUID_SQL = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/**
 * The page view's structure edits (issue 11).
 * - `page_structure` keeps an editor's decisions about a page's lines (设为正文, 从这里开始新文章…)
 *   in the order they were made, as JSON naming lines by content (parse/structure/structure-types.ts).
 *   Keyed by the page's file name, not its row: a re-import of the file, a page restored from the
 *   trash or arriving in a bundle finds them again, and the content keys make sure they only ever
 *   apply to the same lines.
 * - `pages_to_review`: the pages the library marks 待核对 (any parse warning, the implausible ones
 *   among them) as a partial index, so its filter never reads the pages' text.
 * - `article_versions.reason` gains 'structure', so history says an article changed because its
 *   page's structure was fixed. SQLite cannot alter a CHECK constraint: the table is rebuilt with the
 *   same columns, rows, UUID index and trigger (008).
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE page_structure (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      decision TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX page_structure_by_file ON page_structure(file_name, id);
    CREATE INDEX pages_to_review ON pages(date DESC, id) WHERE warnings <> '[]';

    CREATE TABLE article_versions_new (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      reason TEXT NOT NULL
        CHECK (reason IN ('parsed', 'correction', 'revert', 'split', 'merge', 'reimport', 'bundle', 'structure')),
      kicker TEXT,
      headline TEXT,
      subheadline TEXT,
      bylines TEXT NOT NULL,
      paragraphs TEXT NOT NULL,
      created_at TEXT NOT NULL,
      source TEXT,
      uuid TEXT,
      UNIQUE (article_id, version)
    ) STRICT;
    INSERT INTO article_versions_new (id, article_id, version, reason, kicker, headline, subheadline, bylines,
      paragraphs, created_at, source, uuid)
    SELECT id, article_id, version, reason, kicker, headline, subheadline, bylines, paragraphs, created_at, source, uuid
    FROM article_versions;
    DROP TABLE article_versions;
    ALTER TABLE article_versions_new RENAME TO article_versions;
    CREATE UNIQUE INDEX article_versions_by_uuid ON article_versions(uuid);
    CREATE TRIGGER article_versions_uuid AFTER INSERT ON article_versions WHEN new.uuid IS NULL BEGIN
      UPDATE article_versions SET uuid = ${UUID_SQL} WHERE rowid = new.rowid;
    END;
  `);
}
