import type { PageSummaryT } from '../../contract';
import type { Db } from '../db/db';
import { articleSummaryRow, pageMetaOf, type ArticleRow, type PageRow } from '../pages/rows';

export const PAGE_COLUMNS = 'id, file_name, paper, date, page_label, section, warnings, imported_at';

/** Page rows as the library shows them, each with its articles in page order (one query for all). */
export function pageSummaries(db: Db, pages: PageRow[]): PageSummaryT[] {
  if (pages.length === 0) return [];
  const articles = db
    .prepare(
      `SELECT id, page_id, ordinal, kind, kicker, headline FROM articles
       WHERE page_id IN (SELECT value FROM json_each(?)) ORDER BY page_id, ordinal`,
    )
    .all(JSON.stringify(pages.map((p) => p.id))) as ArticleRow[];
  const byPage = new Map<number, PageSummaryT['articles']>();
  for (const a of articles) {
    const list = byPage.get(a.page_id) ?? [];
    list.push(articleSummaryRow(a));
    byPage.set(a.page_id, list);
  }
  return pages.map((p) => pageSummary(p, byPage.get(p.id) ?? []));
}

export const pageSummary = (p: PageRow, articles: PageSummaryT['articles']): PageSummaryT => ({
  id: p.id,
  fileName: p.file_name,
  meta: pageMetaOf(p),
  importedAt: p.imported_at,
  warnings: JSON.parse(p.warnings) as string[],
  articles,
});
