import type { Db } from '../db';

/** Pages as imported (original decoded text kept whole) and the articles parsed from them. */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE pages (
      id INTEGER PRIMARY KEY,
      file_name TEXT NOT NULL,
      content_hash TEXT NOT NULL UNIQUE,
      encoding TEXT NOT NULL,
      source_text TEXT NOT NULL,
      paper TEXT,
      date TEXT,
      page_label TEXT,
      section TEXT,
      furniture TEXT NOT NULL DEFAULT '[]',
      warnings TEXT NOT NULL DEFAULT '[]',
      imported_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX pages_by_file ON pages(file_name);
    CREATE INDEX pages_by_paper_date ON pages(paper, date, page_label);

    CREATE TABLE articles (
      id INTEGER PRIMARY KEY,
      page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('article', 'photo', 'brief')),
      kicker TEXT,
      headline TEXT,
      subheadline TEXT,
      source TEXT,
      bylines TEXT NOT NULL DEFAULT '[]',
      paragraphs TEXT NOT NULL DEFAULT '[]',
      continued TEXT,
      spans TEXT NOT NULL DEFAULT '{}',
      UNIQUE (page_id, ordinal)
    ) STRICT;
  `);
}
