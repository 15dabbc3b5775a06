import type { CorrectionResultT } from '../../contract';
import { canonicalText } from '../annotations/article-text';
import { reanchorArticle } from '../annotations/reanchor-article';
import type { Db } from '../db/db';
import { contentOf, type ArticleContent, type ContentRow } from './article-content';
import { appendVersion, ensureOriginal, type VersionReason } from './article-versions';

export function readContentRow(db: Db, articleId: number): ContentRow | undefined {
  return db
    .prepare(
      `SELECT id, page_id, ordinal, kind, text_version, corrected, kicker, headline, subheadline, source, bylines,
         paragraphs
       FROM articles WHERE id = ?`,
    )
    .get(articleId) as ContentRow | undefined;
}

/**
 * Writes new content to the article row (what reading, search and export see), keeps the previous
 * state in history, marks the article corrected so re-import keeps it, and re-anchors its
 * annotations. Runs inside the caller's transaction.
 */
export function writeContent(
  db: Db,
  row: ContentRow,
  next: ArticleContent,
  reason: VersionReason,
  at: string,
): CorrectionResultT {
  ensureOriginal(db, row, 'parsed', at);
  const version = appendVersion(db, row.id, reason, next, at);
  db.prepare(
    `UPDATE articles SET kicker = @kicker, headline = @headline, subheadline = @subheadline, source = @source,
       bylines = @bylines,
       paragraphs = @paragraphs, text_version = @version, corrected = 1 WHERE id = @id`,
  ).run({
    id: row.id,
    kicker: next.kicker,
    headline: next.headline,
    subheadline: next.subheadline,
    source: next.source,
    bylines: JSON.stringify(next.bylines),
    paragraphs: JSON.stringify(next.paragraphs),
    version,
  });
  const before = canonicalText(contentOf(row).paragraphs);
  const counts = reanchorArticle(db, row.id, before, canonicalText(next.paragraphs), version);
  return { articleId: row.id, textVersion: version, ...counts };
}

/** Every annotation id of the given articles, trashed and orphaned included: the undo scope of a text change. */
export function annotationIdsOf(db: Db, articleIds: number[]): number[] {
  const q = db.prepare('SELECT id FROM annotations WHERE article_id = ?').pluck();
  return articleIds.flatMap((id) => q.all(id) as number[]);
}
