import type { Db } from '../db';

/**
 * Indexes for search filters given without words, or with words so common that reading the filter's
 * rows is cheaper than the full-text match: `date:` ranges (pages by date; the existing index leads
 * with paper) and `kind:` (articles by kind, with page for the join to pages).
 */
export function up(db: Db): void {
  db.exec(`
    CREATE INDEX pages_by_date ON pages(date);
    CREATE INDEX articles_by_kind ON articles(kind, page_id);
  `);
}
