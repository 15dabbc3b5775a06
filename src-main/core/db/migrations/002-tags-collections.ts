import type { Db } from '../db';

/**
 * Tags (hierarchical by name: 经济/长三角), their links to articles and annotations, saved searches,
 * hand-made collection order, and undo snapshots for archive-wide tag changes.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE tags (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      color TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE article_tags (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (article_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX article_tags_by_tag ON article_tags(tag_id, article_id);

    -- No foreign key to annotations: that table comes from another migration and may not exist yet.
    CREATE TABLE annotation_tags (
      annotation_id INTEGER NOT NULL,
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      PRIMARY KEY (annotation_id, tag_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag_id);

    CREATE TABLE saved_searches (
      id INTEGER PRIMARY KEY,
      name TEXT NOT NULL UNIQUE,
      query TEXT NOT NULL,
      filters TEXT NOT NULL DEFAULT '{}',
      created_at TEXT NOT NULL
    ) STRICT;

    -- Manual order of a collection for export; articles without a row follow in page order.
    CREATE TABLE tag_order (
      tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (tag_id, article_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE search_order (
      search_id INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (search_id, article_id)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE tag_undo (
      id INTEGER PRIMARY KEY,
      label TEXT NOT NULL,
      snapshot TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}
