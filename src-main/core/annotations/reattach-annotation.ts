import type { AnnotationT, Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { recordChange } from '../undo/undo-log';
import { readAnnotation } from './annotation-rows';
import { readArticleBody } from './article-body';
import { describeRange } from './selectors';

/** Gives an orphan (or any annotation) a new selection the editor chose, possibly in another article. */
export function reattachAnnotation(
  db: Db,
  input: Input<'annotations.reattach'>,
  now = new Date(),
): Result<AnnotationT> {
  return recordChange(db, 'annotations.reattach', { articleIds: [], annotationIds: [input.id] }, () => {
    if (!readAnnotation(db, input.id)) return err('not-found', `#${input.id}`);
    const body = readArticleBody(db, input.articleId);
    if (!body) return err('not-found', `#${input.articleId}`);
    if (input.end > body.text.length || body.text.slice(input.start, input.end) !== input.exact)
      return err('conflict', input.exact.slice(0, 40));
    db.prepare(
      `UPDATE annotations SET article_id = @articleId, text_version = @version, start = @start, end = @end,
         exact = @exact, prefix = @prefix, suffix = @suffix, status = 'anchored', updated_at = @at WHERE id = @id`,
    ).run({
      ...describeRange(body.text, input.start, input.end),
      id: input.id,
      articleId: body.id,
      version: body.textVersion,
      at: now.toISOString(),
    });
    return ok(readAnnotation(db, input.id) as AnnotationT);
  });
}
