import type { CorrectionResultT, Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { recordChange } from '../undo/undo-log';
import { contentOf, sameContent } from './article-content';
import { annotationIdsOf, readContentRow, writeContent } from './write-content';

/** Corrects any of headline, kicker, subheadline, source label, bylines and body paragraphs; absent fields stay. */
export function correctArticle(
  db: Db,
  input: Input<'article.correct'>,
  now = new Date(),
): Result<CorrectionResultT> {
  const scope = { articleIds: [input.articleId], annotationIds: annotationIdsOf(db, [input.articleId]) };
  return recordChange(db, 'article.correct', scope, () => {
    const row = readContentRow(db, input.articleId);
    if (!row) return err('not-found', `#${input.articleId}`);
    const current = contentOf(row);
    const next = {
      kicker: input.kicker !== undefined ? input.kicker : current.kicker,
      headline: input.headline !== undefined ? input.headline : current.headline,
      subheadline: input.subheadline !== undefined ? input.subheadline : current.subheadline,
      source: input.source !== undefined ? input.source : current.source,
      bylines: input.bylines ?? current.bylines,
      paragraphs: input.paragraphs ?? current.paragraphs,
    };
    if (sameContent(current, next))
      return ok({ articleId: row.id, textVersion: row.text_version, anchored: 0, orphaned: 0 });
    return ok(writeContent(db, row, next, 'correction', now.toISOString()));
  });
}
