/** The import report every importer (text pages, PDFs) fills the same way. */
import type { ImportReportT } from '../../contract';
import type { StoredPage } from './store-page';

export const emptyReport = (): ImportReportT => ({
  pages: 0,
  articles: 0,
  skipped: 0,
  replaced: 0,
  files: [],
});

export function reportFailed(report: ImportReportT, name: string, error: string): void {
  report.files.push({ name, status: 'failed', pageId: null, articles: 0, warnings: [], error });
}

export function reportStored(
  report: ImportReportT,
  name: string,
  stored: StoredPage,
  warnings: string[],
): void {
  if (stored.status === 'unchanged' || stored.status === 'duplicate') report.skipped++;
  else {
    report.pages++;
    report.articles += stored.articles;
    if (stored.status === 'replaced') report.replaced++;
  }
  report.files.push({
    name,
    status: stored.status,
    pageId: stored.pageId,
    articles: stored.articles,
    warnings:
      stored.duplicateOf === undefined
        ? warnings
        : [`已导入过相同内容的版面 / already imported as: ${stored.duplicateOf}`],
    error: null,
  });
}

export function addReport(into: ImportReportT, part: ImportReportT): void {
  into.pages += part.pages;
  into.articles += part.articles;
  into.skipped += part.skipped;
  into.replaced += part.replaced;
  into.files.push(...part.files);
}
