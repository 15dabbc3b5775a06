import type { AnnotationT, Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { recordChange } from '../undo/undo-log';
import { readAnnotation } from './annotation-rows';
import { readArticleBody } from './article-body';
import { describeRange } from './selectors';

/**
 * Highlights a range of the article's canonical text. The renderer sends the quote it saw; if the
 * stored text differs there (the view is stale), nothing is written.
 */
export function createAnnotation(
  db: Db,
  input: Input<'annotations.create'>,
  now = new Date(),
): Result<AnnotationT> {
  return recordChange(
    db,
    'annotations.create',
    { articleIds: [], annotationIds: [] },
    () => {
      const body = readArticleBody(db, input.articleId);
      if (!body) return err('not-found', `#${input.articleId}`);
      if (input.end > body.text.length || body.text.slice(input.start, input.end) !== input.exact)
        return err('conflict', input.exact.slice(0, 40));
      const sel = describeRange(body.text, input.start, input.end);
      const at = now.toISOString();
      const id = Number(
        db
          .prepare(
            `INSERT INTO annotations (article_id, text_version, start, end, exact, prefix, suffix, colour, note,
               created_at, updated_at)
             VALUES (@articleId, @version, @start, @end, @exact, @prefix, @suffix, @colour, @note, @at, @at)`,
          )
          .run({
            ...sel,
            articleId: body.id,
            version: body.textVersion,
            colour: input.colour,
            note: input.note ?? '',
            at,
          }).lastInsertRowid,
      );
      return ok(readAnnotation(db, id) as AnnotationT);
    },
    (a) => ({ annotationIds: [a.id] }),
  );
}
