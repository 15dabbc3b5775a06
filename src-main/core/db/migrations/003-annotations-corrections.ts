import type { Db } from '../db';

/**
 * Corrections and annotations.
 * - `articles.text_version` counts changes to an article's body text; annotations record the version
 *   their selectors were computed on. `articles.corrected` marks rows an editor changed (text or
 *   structure) so a re-import of the page keeps them.
 * - `article_versions` keeps every state of a corrected article, the parsed original first. It has no
 *   foreign key on purpose: the history of an article merged into its neighbour must outlive the row.
 * - `annotations` use ON DELETE RESTRICT: no article change may take an editor's annotation with it;
 *   code must move or orphan annotations before removing an article.
 */
export function up(db: Db): void {
  db.exec(`
    ALTER TABLE articles ADD COLUMN text_version INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE articles ADD COLUMN corrected INTEGER NOT NULL DEFAULT 0;

    CREATE TABLE article_versions (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL,
      version INTEGER NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('parsed', 'correction', 'revert', 'split', 'merge', 'reimport')),
      kicker TEXT,
      headline TEXT,
      subheadline TEXT,
      bylines TEXT NOT NULL,
      paragraphs TEXT NOT NULL,
      created_at TEXT NOT NULL,
      UNIQUE (article_id, version)
    ) STRICT;

    CREATE TABLE annotations (
      id INTEGER PRIMARY KEY,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE RESTRICT,
      text_version INTEGER NOT NULL,
      start INTEGER NOT NULL CHECK (start >= 0),
      end INTEGER NOT NULL CHECK (end > start),
      exact TEXT NOT NULL,
      prefix TEXT NOT NULL,
      suffix TEXT NOT NULL,
      colour TEXT NOT NULL CHECK (colour IN ('yellow', 'green', 'blue', 'pink', 'purple')),
      note TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'orphan')),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX annotations_by_article ON annotations(article_id, start);
    CREATE INDEX annotations_by_status ON annotations(status, deleted_at);
  `);
}
