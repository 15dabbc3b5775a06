import type { Db } from './db';

export interface ArchiveCheck {
  ok: boolean;
  /** `PRAGMA integrity_check` lines; ['ok'] when the file is sound. */
  integrity: string[];
  /** FTS5's own 'integrity-check' of the search index: 'ok' or what it reported. */
  searchIndex: string;
  /**
   * Rows in the search index against rows in `articles` (a mismatch means searches miss text): the
   * smaller of the main index's and the headline index's (migration 019) counts.
   */
  indexedArticles: number;
  articles: number;
  /** Rows pointing at rows that no longer exist (`PRAGMA foreign_key_check`). */
  danglingReferences: number;
}

/** What `cli check` reports: the file's own consistency, the search index's, and references. */
export function checkArchive(db: Db): ArchiveCheck {
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
  let searchIndex = 'ok';
  for (const table of ['articles_fts', 'articles_headline_fts']) {
    try {
      // rank 1: check the index's internal consistency (a contentless index has no content to compare).
      db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run();
    } catch (e) {
      // SQLite reports what it found as an error (SQLITE_CORRUPT_VTAB …): that is the answer.
      if (!(e instanceof Error && 'code' in e && String(e.code).startsWith('SQLITE_'))) throw e;
      if (searchIndex === 'ok') searchIndex = `${table}: ${e.message}`;
    }
  }
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  const articles = count('SELECT count(*) FROM articles');
  const indexedArticles = Math.min(
    count('SELECT count(*) FROM articles_fts'),
    count('SELECT count(*) FROM articles_headline_fts'),
  );
  const danglingReferences = (db.pragma('foreign_key_check') as unknown[]).length;
  return {
    ok:
      integrity.length === 1 &&
      integrity[0] === 'ok' &&
      searchIndex === 'ok' &&
      indexedArticles === articles &&
      danglingReferences === 0,
    integrity,
    searchIndex,
    indexedArticles,
    articles,
    danglingReferences,
  };
}
