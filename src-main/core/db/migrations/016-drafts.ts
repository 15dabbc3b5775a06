import type { Db } from '../db';

/**
 * What an editor has typed but not saved, and where they left off.
 *
 * `drafts`: one row per open form (a correction of an article, the note of an annotation), written
 * as they type, so a reload, a crash, a split or merge, or opening another article loses nothing.
 * There is deliberately no foreign key to articles or annotations: a draft must outlive its target
 * going to the trash (nothing an editor wrote may be lost), and it is discarded only on save or on
 * the editor's word. `article_id` lets the reader list every draft of the article it shows.
 *
 * `editor_state`: small named values (the open article, the reader's scroll position) kept in the
 * archive rather than in the browser, so every host and every port of the browser host reopens
 * in the same place.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE drafts (
      kind TEXT NOT NULL CHECK (kind IN ('correction', 'note')),
      target_id INTEGER NOT NULL,
      article_id INTEGER NOT NULL,
      body TEXT NOT NULL,
      base_version INTEGER,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (kind, target_id)
    ) STRICT;
    CREATE INDEX drafts_by_article ON drafts(article_id);

    CREATE TABLE editor_state (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
  `);
}
