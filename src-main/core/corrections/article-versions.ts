import type { ArticleVersionT } from '../../contract';
import type { Db } from '../db/db';
import { contentOf, type ArticleContent, type ContentRow } from './article-content';

export type VersionReason = ArticleVersionT['reason'];

interface VersionRow {
  version: number;
  reason: VersionReason;
  created_at: string;
  kicker: string | null;
  headline: string | null;
  subheadline: string | null;
  source: string | null;
  bylines: string;
  paragraphs: string;
}

const insertSql = `INSERT INTO article_versions (article_id, version, reason, kicker, headline, subheadline, source,
  bylines, paragraphs, created_at) VALUES (@articleId, @version, @reason, @kicker, @headline, @subheadline,
  @source, @bylines, @paragraphs, @at)`;

/**
 * History is written lazily: an article nobody corrected has none, its row *is* the parsed text.
 * The first change stores the row as it stands (the parsed original) before anything overwrites it.
 */
export function ensureOriginal(db: Db, row: ContentRow, reason: VersionReason, at: string): void {
  const has = db.prepare('SELECT 1 FROM article_versions WHERE article_id = ? LIMIT 1').get(row.id);
  if (has) return;
  // The parsed original dates from its import, not from the first correction that stores it.
  if (reason === 'parsed') at = parsedAt(db, row.id, at);
  db.prepare(insertSql).run({
    articleId: row.id,
    version: row.text_version,
    reason,
    kicker: row.kicker,
    headline: row.headline,
    subheadline: row.subheadline,
    source: row.source,
    bylines: row.bylines,
    paragraphs: row.paragraphs,
    at,
  });
}

/** Appends a version and returns its number (one more than the article's latest). */
export function appendVersion(
  db: Db,
  articleId: number,
  reason: VersionReason,
  c: ArticleContent,
  at: string,
): number {
  const latest = db
    .prepare('SELECT max(version) AS v FROM article_versions WHERE article_id = ?')
    .get(articleId) as {
    v: number | null;
  };
  const current = db.prepare('SELECT text_version AS v FROM articles WHERE id = ?').get(articleId) as
    { v: number } | undefined;
  const version = Math.max(latest.v ?? 0, current?.v ?? 0) + 1;
  db.prepare(insertSql).run({
    articleId,
    version,
    reason,
    kicker: c.kicker,
    headline: c.headline,
    subheadline: c.subheadline,
    source: c.source,
    bylines: JSON.stringify(c.bylines),
    paragraphs: JSON.stringify(c.paragraphs),
    at,
  });
  return version;
}

/** When an article's parsed text came in: its page's import, if that was earlier than `at`. */
function parsedAt(db: Db, articleId: number, at: string): string {
  const imported = db
    .prepare('SELECT p.imported_at FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?')
    .pluck()
    .get(articleId) as string | undefined;
  return imported !== undefined && imported < at ? imported : at;
}

export function listVersions(db: Db, articleId: number): ArticleVersionT[] {
  const rows = db
    .prepare('SELECT * FROM article_versions WHERE article_id = ? ORDER BY version')
    .all(articleId) as VersionRow[];
  return rows.map((r) => ({
    version: r.version,
    reason: r.reason,
    // Archives from before the fix stored the parsed original with the first correction's time.
    createdAt: r.reason === 'parsed' ? parsedAt(db, articleId, r.created_at) : r.created_at,
    ...contentOf(r),
  }));
}
