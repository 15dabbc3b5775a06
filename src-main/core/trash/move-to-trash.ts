import type { Input, TrashEntryT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { writeTransaction } from '../db/write-transaction';
import { captureRows, removeRows, snapshotToJson, type TrashSnapshot } from './trash-snapshot';
import { toTrashEntry, type TrashRow } from './list-trash';

function moveToTrash(
  db: Db,
  kind: 'page' | 'article',
  label: string,
  s: TrashSnapshot,
  now: Date,
): TrashEntryT {
  removeRows(db, s);
  const row: Omit<TrashRow, 'id'> = {
    kind,
    label,
    snapshot: snapshotToJson(s),
    articles: s.articles.length,
    annotations: s.annotations.filter((a) => a.deleted_at === null).length,
    deleted_at: now.toISOString(),
  };
  const id = Number(
    db
      .prepare(
        `INSERT INTO trash (kind, label, snapshot, articles, annotations, deleted_at)
         VALUES (@kind, @label, @snapshot, @articles, @annotations, @deleted_at)`,
      )
      .run(row).lastInsertRowid,
  );
  return toTrashEntry({ id, ...row });
}

/** A page with all its articles, their annotations, tags and history, into the trash (one step). */
export function deletePage(db: Db, input: Input<'pages.delete'>, now = new Date()): Result<TrashEntryT> {
  return writeTransaction(db, () => {
    const page = db
      .prepare('SELECT id, file_name, paper, date, page_label FROM pages WHERE id = ?')
      .get(input.pageId) as
      | {
          id: number;
          file_name: string;
          paper: string | null;
          date: string | null;
          page_label: string | null;
        }
      | undefined;
    if (!page) return err('not-found', `#${input.pageId}`);
    const ids = db.prepare('SELECT id FROM articles WHERE page_id = ?').pluck().all(page.id) as number[];
    const label = [page.paper, page.date, page.page_label].filter(Boolean).join(' ') || page.file_name;
    return ok(moveToTrash(db, 'page', label, captureRows(db, ids, page.id), now));
  });
}

/** One article with its annotations, tags and history, into the trash; its page stays. */
export function deleteArticle(db: Db, input: Input<'article.delete'>, now = new Date()): Result<TrashEntryT> {
  return writeTransaction(db, () => {
    const a = db.prepare('SELECT id, headline, kind FROM articles WHERE id = ?').get(input.articleId) as
      { id: number; headline: string | null; kind: string } | undefined;
    if (!a) return err('not-found', `#${input.articleId}`);
    return ok(moveToTrash(db, 'article', a.headline ?? `#${a.id}`, captureRows(db, [a.id], null), now));
  });
}
