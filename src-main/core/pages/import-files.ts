import type { Input, ImportReportT } from '../../contract';
import { messageFor, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { parsePage } from '../parse/parse-page';
import { storePage } from './store-page';
import { isPdf } from '../parse-pdf/parse-pdf';
import { importPdf } from './import-pdf';

export interface ImportSource {
  name: string;
  bytes: Uint8Array;
}

/**
 * Imports many files, one transaction per page: a file that fails is reported with its reason
 * and leaves nothing behind, while the others still land.
 */
export function importSources(
  db: Db,
  sources: Iterable<ImportSource>,
  meta: Input<'pages.import'>['meta'] = undefined,
  onProgress?: (done: number) => void,
): ImportReportT {
  const report: ImportReportT = { pages: 0, articles: 0, skipped: 0, replaced: 0, files: [] };
  let done = 0;
  for (const src of sources) {
    const parsed = parsePage(src.bytes, src.name, meta ? { meta } : {});
    if (!parsed.ok) {
      report.files.push({
        name: src.name,
        status: 'failed',
        pageId: null,
        articles: 0,
        warnings: [],
        error: messageFor(parsed.error),
      });
    } else {
      const stored = storePage(db, src.bytes, parsed.value);
      if (stored.status === 'unchanged') report.skipped++;
      else {
        report.pages++;
        report.articles += stored.articles;
        if (stored.status === 'replaced') report.replaced++;
      }
      report.files.push({
        name: src.name,
        status: stored.status,
        pageId: stored.pageId,
        articles: stored.articles,
        warnings: parsed.value.parsed.warnings,
        error: null,
      });
    }
    onProgress?.(++done);
  }
  return report;
}

/** Text pages and PDFs alike: a PDF becomes as many pages as it has (see import-pdf.ts). */
export async function importAnySources(
  db: Db,
  sources: Iterable<ImportSource>,
  meta: Input<'pages.import'>['meta'] = undefined,
  onProgress?: (done: number) => void,
): Promise<ImportReportT> {
  const report: ImportReportT = { pages: 0, articles: 0, skipped: 0, replaced: 0, files: [] };
  let done = 0;
  for (const src of sources) {
    const part = isPdf(src.name, src.bytes) ? await importPdf(db, src, meta) : importSources(db, [src], meta);
    report.pages += part.pages;
    report.articles += part.articles;
    report.skipped += part.skipped;
    report.replaced += part.replaced;
    report.files.push(...part.files);
    onProgress?.(++done);
  }
  return report;
}

export async function importFiles(db: Db, input: Input<'pages.import'>): Promise<Result<ImportReportT>> {
  const sources = input.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
  return ok(await importAnySources(db, sources, input.meta));
}
