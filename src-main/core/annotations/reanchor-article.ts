import type { Db } from '../db/db';
import type { AnnotationRow } from './annotation-rows';
import { reanchor } from './reanchor';
import { describeRange } from './selectors';
import { diffHunks } from './text-change';

export interface ReanchorCount {
  anchored: number;
  orphaned: number;
}

/**
 * After an article's body went from `before` to `after` (already written, now at `version`), moves
 * every annotation of the article, trashed ones included, so a restore lands on the right words.
 * Anchored annotations are mapped through the edit; orphans are re-tried by quote alone, so a revert
 * brings them back. An annotation that cannot be placed keeps its last selectors and becomes an
 * orphan: never deleted, never moved to doubtful text. Runs inside the caller's transaction.
 */
export function reanchorArticle(
  db: Db,
  articleId: number,
  before: string,
  after: string,
  version: number,
): ReanchorCount {
  const rows = db.prepare('SELECT * FROM annotations WHERE article_id = ?').all(articleId) as AnnotationRow[];
  const change = diffHunks(before, after);
  const update = db.prepare(
    `UPDATE annotations SET text_version = @version, start = @start, end = @end, exact = @exact, prefix = @prefix,
       suffix = @suffix, status = @status WHERE id = @id`,
  );
  const orphan = db.prepare(`UPDATE annotations SET status = 'orphan' WHERE id = ?`);
  const count: ReanchorCount = { anchored: 0, orphaned: 0 };
  for (const row of rows) {
    const anchor = reanchor(row, after, row.status === 'orphan' ? undefined : change);
    if (anchor) {
      update.run({
        id: row.id,
        version,
        status: 'anchored',
        ...describeRange(after, anchor.start, anchor.end),
      });
      count.anchored++;
    } else {
      if (row.status !== 'orphan') orphan.run(row.id);
      count.orphaned++;
    }
  }
  return count;
}
