import type { Db } from '../db';

/**
 * A random RFC 4122 version-4 UUID in SQL (lower-case hex, variant 8–b), evaluated per row.
 * SQLite has no uuid function; randomblob draws from its CSPRNG.
 */
const UUID_SQL = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/**
 * Stable identities. Every annotation, tag and correction (article version) gets a UUID when it is
 * created, so the same thing has the same name in every archive a bundle reaches: W3C exports use
 * it as `urn:uuid:…`, and a re-imported annotation updates its earlier copy instead of piling up a
 * duplicate. Triggers fill the UUID for rows inserted without one, so the many writers of these
 * tables (create, split, merge, bundle import) need no change; an importer that carries a UUID
 * inserts it itself. Existing rows get one now.
 *
 * `annotation_versions` keeps the states an annotation had before a bundle replaced them (last
 * edit wins) and the bundle's states that lost to a newer local edit, so neither side's words are
 * lost. No foreign key: like article_versions, history outlives a purged row.
 */
export function up(db: Db): void {
  for (const table of ['annotations', 'tags', 'article_versions']) {
    db.exec(`
      ALTER TABLE ${table} ADD COLUMN uuid TEXT;
      UPDATE ${table} SET uuid = ${UUID_SQL};
      CREATE UNIQUE INDEX ${table}_by_uuid ON ${table}(uuid);
      CREATE TRIGGER ${table}_uuid AFTER INSERT ON ${table} WHEN new.uuid IS NULL BEGIN
        UPDATE ${table} SET uuid = ${UUID_SQL} WHERE rowid = new.rowid;
      END;
    `);
  }
  db.exec(`
    CREATE TABLE annotation_versions (
      id INTEGER PRIMARY KEY,
      annotation_id INTEGER NOT NULL,
      colour TEXT NOT NULL,
      note TEXT NOT NULL,
      tags TEXT NOT NULL DEFAULT '[]',
      exact TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      recorded_at TEXT NOT NULL,
      reason TEXT NOT NULL CHECK (reason IN ('replaced-by-bundle', 'bundle-older'))
    ) STRICT;
    CREATE INDEX annotation_versions_by_annotation ON annotation_versions(annotation_id, id);
  `);
}
