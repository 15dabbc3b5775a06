import type { CorrectionResultT, Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import { canonicalText, PARAGRAPH_SEPARATOR } from '../annotations/article-text';
import type { Db } from '../db/db';
import { recordChange } from '../undo/undo-log';
import { contentOf } from './article-content';
import { ensureOriginal } from './article-versions';
import { moveAnnotations } from './move-annotations';
import { pageArticleIds, setPageOrder } from './page-ordinals';
import { annotationIdsOf, readContentRow, writeContent } from './write-content';

/**
 * Appends the next article of the same page to this one (its paragraphs follow; its headline is
 * dropped, kept in its own history). Its annotations move along with exact offsets and its tags
 * carry over, then its row goes; nothing of an editor's work is lost.
 */
export function mergeArticles(
  db: Db,
  input: Input<'article.merge'>,
  now = new Date(),
): Result<CorrectionResultT> {
  const first0 = readContentRow(db, input.articleId);
  if (!first0) return err('not-found', `#${input.articleId}`);
  const pageIds = pageArticleIds(db, first0.page_id);
  const scope = { articleIds: pageIds, annotationIds: annotationIdsOf(db, pageIds) };
  return recordChange(db, 'article.merge', scope, () => {
    const first = readContentRow(db, input.articleId);
    const next = readContentRow(db, input.nextArticleId);
    if (!first || !next) return err('not-found', `#${input.nextArticleId}`);
    const order = pageArticleIds(db, first.page_id);
    if (next.page_id !== first.page_id || order.indexOf(next.id) !== order.indexOf(first.id) + 1)
      return err('invalid-input', 'not adjacent');
    const at = now.toISOString();
    const a = contentOf(first);
    const b = contentOf(next);
    const paragraphs = [...a.paragraphs, ...b.paragraphs];
    ensureOriginal(db, next, 'parsed', at);
    const result = writeContent(db, first, { ...a, paragraphs }, 'merge', at);
    const shift =
      a.paragraphs.length > 0 ? canonicalText(a.paragraphs).length + PARAGRAPH_SEPARATOR.length : 0;
    moveAnnotations(
      db,
      next.id,
      { from: 0, to: Number.MAX_SAFE_INTEGER },
      {
        articleId: first.id,
        text: canonicalText(paragraphs),
        version: result.textVersion,
        shift,
      },
    );
    // Orphans (and anything not moved above) follow the text too, still orphaned but never deleted.
    db.prepare('UPDATE annotations SET article_id = ? WHERE article_id = ?').run(first.id, next.id);
    db.prepare(
      'INSERT OR IGNORE INTO article_tags (article_id, tag_id) SELECT ?, tag_id FROM article_tags WHERE article_id = ?',
    ).run(first.id, next.id);
    db.prepare('DELETE FROM articles WHERE id = ?').run(next.id);
    setPageOrder(
      db,
      order.filter((id) => id !== next.id),
    );
    return ok(result);
  });
}
