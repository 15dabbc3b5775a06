import type { Input, ImportReportT } from '../../contract';
import { ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { parsePage } from '../parse/parse-page';
import { storePage } from './store-page';
import { isPdf } from '../parse-pdf/parse-pdf';
import { importPdf } from './import-pdf';
import { addReport, emptyReport, reportFailed, reportStored } from './import-report';

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
  const report = emptyReport();
  let done = 0;
  for (const src of sources) {
    const parsed = parsePage(src.bytes, src.name, meta ? { meta } : {});
    if (!parsed.ok) reportFailed(report, src.name, parsed.error);
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
