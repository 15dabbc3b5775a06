import type { PageSummaryT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { pageSummary } from '../library/page-summaries';
import { articleSummaryRow, type ArticleRow, type PageRow } from './rows';

/** Pages grouped for the library: by paper, then date, then page label; articles in page order. */
export function listLibrary(db: Db): Result<PageSummaryT[]> {
  const pages = db
    .prepare(
      `SELECT id, file_name, paper, date, page_label, section, warnings, imported_at FROM pages
       ORDER BY paper IS NULL, paper, date IS NULL, date DESC, page_label, file_name`,
    )
    .all() as PageRow[];
  const articles = db
    .prepare('SELECT id, page_id, ordinal, kind, kicker, headline FROM articles ORDER BY page_id, ordinal')
    .all() as ArticleRow[];
  const byPage = new Map<number, PageSummaryT['articles']>();
  for (const a of articles) {
    const list = byPage.get(a.page_id) ?? [];
    list.push(articleSummaryRow(a));
    byPage.set(a.page_id, list);
  }
  return ok(pages.map((p) => pageSummary(p, byPage.get(p.id) ?? [])));
}
