import type { AnnotationRow } from '../annotations/annotation-rows';
import { describeRange } from '../annotations/selectors';
import type { Db } from '../db/db';

/**
 * Moves annotations whose range lies in [from, to) of one article's text to another article whose
 * text holds that passage at `from + shift`. Used by split and merge, where the mapping is exact.
 */
export function moveAnnotations(
  db: Db,
  fromArticle: number,
  range: { from: number; to: number },
  target: { articleId: number; text: string; version: number; shift: number },
): number {
  const rows = db
    .prepare('SELECT * FROM annotations WHERE article_id = ? AND start >= ? AND end <= ?')
    .all(fromArticle, range.from, range.to) as AnnotationRow[];
  const update = db.prepare(
    `UPDATE annotations SET article_id = @articleId, text_version = @version, start = @start, end = @end,
       exact = @exact, prefix = @prefix, suffix = @suffix WHERE id = @id`,
  );
  for (const r of rows.filter((r) => r.status === 'anchored')) {
    const sel = describeRange(target.text, r.start + target.shift, r.end + target.shift);
    update.run({ ...sel, id: r.id, articleId: target.articleId, version: target.version });
  }
  return rows.length;
}
