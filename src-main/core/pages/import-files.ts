import { LIMITS, type Input, type ImportReportT } from '../../contract';
import { messageFor, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { parsePage } from '../parse/parse-page';
import { isPdf } from '../parse-pdf/parse-pdf';
import { storePage } from './store-page';
import { importPdf } from './import-pdf';
import { addReport, emptyReport, reportFailed, reportStored } from './import-report';

export interface ImportSource {
  name: string;
  bytes: Uint8Array;
  /** Size on disk when the reader did not load an oversized file (bytes is then empty). */
  size?: number;
}

/** A file too large to be what it claims is refused by name before it is parsed (seconds, gigabytes). */
export function oversize(
  src: ImportSource,
  limit: number = LIMITS.pageFileBytes,
  what = '不像单个版面的文字 / too large for one page of text',
): string | null {
  const size = src.size ?? src.bytes.length;
  if (size <= limit) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return messageFor({ code: 'too-large', detail: `${mb(size)} > ${mb(limit)},${what}` });
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
  const report = emptyReport();
  let done = 0;
  for (const src of sources) {
    const tooLarge = oversize(src);
    const parsed = tooLarge === null ? parsePage(src.bytes, src.name, meta ? { meta } : {}) : null;
    if (parsed === null) reportFailed(report, src.name, tooLarge ?? '');
    else if (!parsed.ok) reportFailed(report, src.name, messageFor(parsed.error));
    else reportStored(report, src.name, storePage(db, src.bytes, parsed.value), parsed.value.parsed.warnings);
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
  const report = emptyReport();
  let done = 0;
  for (const src of sources) {
    addReport(
      report,
      isPdf(src.name, src.bytes) ? await importPdf(db, src, meta) : importSources(db, [src], meta),
    );
    onProgress?.(++done);
  }
  return report;
}

export async function importFiles(db: Db, input: Input<'pages.import'>): Promise<Result<ImportReportT>> {
  const sources = input.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
  return ok(await importAnySources(db, sources, input.meta));
}
