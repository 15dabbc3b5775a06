import type { CorrectionResultT, Input } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { recordChange } from '../undo/undo-log';
import { listVersions } from './article-versions';
import { annotationIdsOf, readContentRow, writeContent } from './write-content';

/** Reverting writes the chosen version's content as a new version: history only ever grows. */
export function revertArticle(
  db: Db,
  input: Input<'article.revert'>,
  now = new Date(),
): Result<CorrectionResultT> {
  const scope = { articleIds: [input.articleId], annotationIds: annotationIdsOf(db, [input.articleId]) };
  return recordChange(db, 'article.revert', scope, () => {
    const row = readContentRow(db, input.articleId);
    if (!row) return err('not-found', `#${input.articleId}`);
    const target = listVersions(db, input.articleId).find((v) => v.version === input.version);
    if (!target) return err('not-found', `v${input.version}`);
    const { kicker, headline, subheadline, source, bylines, paragraphs } = target;
    return ok(
      writeContent(
        db,
        row,
        { kicker, headline, subheadline, source, bylines, paragraphs },
        'revert',
        now.toISOString(),
      ),
    );
  });
}
