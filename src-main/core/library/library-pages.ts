import type { Input, Output, PageSummaryT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import type { PageRow } from '../pages/rows';
import { PAGE_COLUMNS, pageSummaries } from './page-summaries';

/**
 * A day's pages in order (label, file name, id), keyset-paged: the next request starts after the
 * last page returned, so a day of thousands of undated pages is read a page of results at a time.
 * Served by the pages_library_order index (migration 008).
 */
export function libraryPages(db: Db, input: Input<'library.pages'>): Result<Output<'library.pages'>> {
  const after = input.after ?? { pageLabel: null, fileName: '', id: 0 };
  const rows = db
    .prepare(
      `SELECT ${PAGE_COLUMNS} FROM pages
       WHERE paper IS @paper AND date IS @date
         AND (coalesce(page_label, ''), file_name, id) > (@label, @fileName, @id)
       ORDER BY coalesce(page_label, ''), file_name, id LIMIT @limit`,
    )
    .all({
      paper: input.paper,
      date: input.date,
      label: after.pageLabel ?? '',
      fileName: after.fileName,
      id: after.id,
      limit: input.limit + 1,
    }) as PageRow[];
  const more = rows.length > input.limit;
  const pages = pageSummaries(db, rows.slice(0, input.limit));
  const last = pages.at(-1);
  return ok({
    pages,
    next: more && last ? { pageLabel: last.meta.pageLabel, fileName: last.fileName, id: last.id } : null,
  });
}

/** One page as the library shows it: what the renderer re-reads after an edit touched it. */
export function libraryPage(db: Db, input: { pageId: number }): Result<PageSummaryT> {
  const row = db.prepare(`SELECT ${PAGE_COLUMNS} FROM pages WHERE id = ?`).get(input.pageId) as
    PageRow | undefined;
  const [page] = row ? pageSummaries(db, [row]) : [];
  return page ? ok(page) : err('not-found', `#${input.pageId}`);
}
