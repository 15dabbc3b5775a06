/**
 * The floor an import is measured against (issue 12: "import ≤ 1.2× a raw insert of the same rows
 * with the same index"): the rows an import wrote, written again with plain prepared INSERTs.
 *
 * Where: a copy of the finished archive with those rows deleted (and committed), so the inserts
 * meet an archive of the same size with every index and trigger the import met: search, people,
 * library days, stable ids. The rows are the stored ones byte for byte (same ids, same packed
 * text and spans), committed a day at a time as the import committed them, so commit cost is in
 * both. Not in the floor: parsing, and storePage's lookups (same hash, same text, same name) —
 * that is the import's own cost being measured. The deleted rows' pages are free for the inserts
 * to reuse where the import had to grow the file; that favours the floor slightly.
 */
import { copyFileSync, rmSync } from 'node:fs';
import { openArchive } from '../src-main/core/db/open';

/** Page ids of one committed batch: (after, last]. */
export interface IdRange {
  after: number;
  last: number;
}

type Row = Record<string, unknown>;

function insertStatement(db: ReturnType<typeof openArchive>['db'], table: string, row: Row) {
  const cols = Object.keys(row);
  return db.prepare(
    `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
  );
}

/** ms per page to insert the pages in `days` (and their articles) into a same-size copy of `file`. */
export function rawInsertMsPerPage(file: string, days: readonly IdRange[]): number {
  const first = days[0];
  if (!first) return 0;
  const copy = `${file}.raw-insert`;
  const sides = [copy, `${copy}-wal`, `${copy}-shm`];
  for (const f of sides) rmSync(f, { force: true });
  copyFileSync(file, copy);
  const { db, close } = openArchive(copy);
  try {
    const pagesIn = db.prepare('SELECT * FROM pages WHERE id > ? AND id <= ? ORDER BY id');
    const articlesIn = db.prepare(
      'SELECT a.* FROM articles a WHERE a.page_id > ? AND a.page_id <= ? ORDER BY a.id',
    );
    const batches = days.map((d) => ({
      pages: pagesIn.all(d.after, d.last) as Row[],
      articles: articlesIn.all(d.after, d.last) as Row[],
    }));
    const pages = batches.reduce((n, b) => n + b.pages.length, 0);
    // Articles, bylines, search entries and library days go with their pages (cascade and triggers).
    db.prepare('DELETE FROM pages WHERE id > ? AND id <= ?').run(first.after, days.at(-1)!.last);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const sample = batches.find((b) => b.pages.length > 0 && b.articles.length > 0);
    if (!sample) return 0;
    const insertPage = insertStatement(db, 'pages', sample.pages[0]!);
    const insertArticle = insertStatement(db, 'articles', sample.articles[0]!);
    const insertDay = db.transaction((b: (typeof batches)[number]) => {
      for (const p of b.pages) insertPage.run(p);
      for (const a of b.articles) insertArticle.run(a);
    });
    const started = performance.now();
    for (const b of batches) insertDay(b);
    return (performance.now() - started) / Math.max(1, pages);
  } finally {
    close();
    for (const f of sides) rmSync(f, { force: true });
  }
}
