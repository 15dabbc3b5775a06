import type { Output } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { listVersions } from './article-versions';
import { readContentRow } from './write-content';

export function articleHistory(db: Db, input: { articleId: number }): Result<Output<'article.history'>> {
  const row = readContentRow(db, input.articleId);
  if (!row) return err('not-found', `#${input.articleId}`);
  return ok({
    textVersion: row.text_version,
    corrected: row.corrected === 1,
    versions: listVersions(db, row.id),
  });
}
