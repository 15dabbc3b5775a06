/**
 * Importing a PDF: every page parsed first (a refused file — encrypted, damaged, text-less —
 * stores nothing), then the original kept beside the archive and all its pages stored in one
 * transaction, each with its PDF origin and its articles' page rectangles.
 */
import { LIMITS, type Input, type ImportReportT } from '../../contract';
import { messageFor } from '../../result';
import type { Db } from '../db/db';
import { parsePdf } from '../parse-pdf/parse-pdf';
import type { PdfPageOutcome } from '../parse-pdf/parse-pdf-page';
import { oversize, type ImportSource } from './import-files';
import { forgetOriginal, keepOriginal, originalsDir } from './pdf-originals';
import { storePage, type StoredPage } from './store-page';
import { emptyReport, reportFailed, reportStored } from './import-report';

const encoder = new TextEncoder();

function recordOrigin(db: Db, stored: StoredPage, page: PdfPageOutcome, hash: string): void {
  // An unchanged page (the same text already archived, perhaps from another file) keeps its origin.
  const verb = stored.status === 'unchanged' ? 'INSERT OR IGNORE' : 'INSERT OR REPLACE';
  db.prepare(
    `${verb} INTO page_pdf (page_id, pdf_sha256, page_no, width, height) VALUES (?, ?, ?, ?, ?)`,
  ).run(stored.pageId, hash, page.pageNo, page.width, page.height);
  if (stored.status === 'unchanged') return;
  const ids = db
    .prepare('SELECT id FROM articles WHERE page_id = ? ORDER BY ordinal')
    .pluck()
    .all(stored.pageId) as number[];
  // After a re-import that kept corrected articles the order may no longer be the parse's: then
  // the rectangles cannot be matched safely and are left out rather than put on the wrong article.
  if (ids.length !== page.regions.length) return;
  const put = db.prepare('INSERT OR REPLACE INTO article_regions (article_id, rects) VALUES (?, ?)');
  ids.forEach((id, n) => {
    const rects = (page.regions[n] ?? []).map((r) =>
      [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 10) / 10),
    );
    put.run(id, JSON.stringify(rects));
  });
}

export async function importPdf(
  db: Db,
  src: ImportSource,
  meta: Input<'pages.import'>['meta'] = undefined,
  dir: string | null = originalsDir(db),
): Promise<ImportReportT> {
  const report = emptyReport();
  const tooLarge = oversize(src, LIMITS.pdfFileBytes, 'PDF 文件过大 / PDF too large');
  if (tooLarge !== null) {
    reportFailed(report, src.name, tooLarge);
    return report;
  }
  const parsed = await parsePdf(src.bytes, src.name, meta ? { meta } : {});
  if (!parsed.ok) {
    reportFailed(report, src.name, messageFor(parsed.error));
    return report;
  }
  const kept = keepOriginal(dir, src.bytes);
  try {
    const stored = db.transaction(() =>
      parsed.value.map((page) => {
        const s = storePage(db, encoder.encode(page.text), page);
        recordOrigin(db, s, page, kept.hash);
        return s;
      }),
    )();
    stored.forEach((s, n) => {
      const page = parsed.value[n] as PdfPageOutcome;
      reportStored(report, page.parsed.page, s, page.parsed.warnings);
    });
  } catch (e) {
    forgetOriginal(kept);
    throw e;
  }
  return report;
}
