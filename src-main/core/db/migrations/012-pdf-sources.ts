import type { Db } from '../db';

/**
 * Pages imported from PDF: which original they came from (its SHA-256; the file itself is kept
 * once, content-addressed, in the folder beside the archive, see pages/pdf-originals.ts), the
 * page number in it and the page size; and for every article the page rectangles it was read from,
 * so a page view can draw the real page with each article's region.
 */
export function up(db: Db): void {
  db.exec(`
    CREATE TABLE page_pdf (
      page_id INTEGER PRIMARY KEY REFERENCES pages(id) ON DELETE CASCADE,
      pdf_sha256 TEXT NOT NULL,
      page_no INTEGER NOT NULL CHECK (page_no >= 1),
      width REAL NOT NULL,
      height REAL NOT NULL
    ) STRICT;
    CREATE INDEX page_pdf_by_original ON page_pdf(pdf_sha256);

    CREATE TABLE article_regions (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      -- JSON [[x, y, width, height], …] in PDF points from the page's top-left corner.
      rects TEXT NOT NULL
    ) STRICT;
  `);
}
