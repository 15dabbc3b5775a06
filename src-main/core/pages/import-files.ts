import { LIMITS, type Input, type ImportReportT } from '../../contract';
import { messageFor, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { parsePage } from '../parse/parse-page';
import { storePage } from './store-page';

export interface ImportSource {
  name: string;
  bytes: Uint8Array;
  /** Size on disk when the reader did not load an oversized file (bytes is then empty). */
  size?: number;
}

/** A file too large to be one page is refused by name before it is parsed (seconds, gigabytes). */
function oversize(src: ImportSource): string | null {
  const size = src.size ?? src.bytes.length;
  if (size <= LIMITS.pageFileBytes) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return messageFor({
    code: 'too-large',
    detail: `${mb(size)} > ${mb(LIMITS.pageFileBytes)},不像单个版面的文字 / too large for one page of text`,
  });
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
    const tooLarge = oversize(src);
    const parsed = tooLarge === null ? parsePage(src.bytes, src.name, meta ? { meta } : {}) : null;
    if (parsed === null || !parsed.ok) {
      report.files.push({
        name: src.name,
        status: 'failed',
        pageId: null,
        articles: 0,
        warnings: [],
        error: parsed === null ? tooLarge : messageFor(parsed.error),
      });
    } else {
      const stored = storePage(db, src.bytes, parsed.value);
      if (stored.status === 'unchanged' || stored.status === 'duplicate') report.skipped++;
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
        warnings:
          stored.duplicateOf === undefined
            ? parsed.value.parsed.warnings
            : [`已导入过相同内容的版面 / already imported as: ${stored.duplicateOf}`],
        error: null,
      });
    }
    onProgress?.(++done);
  }
  return report;
}

export function importFiles(db: Db, input: Input<'pages.import'>): Result<ImportReportT> {
  const sources = input.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
  return ok(importSources(db, sources, input.meta));
}
