import { LIMITS, type Input, type ImportReportT } from '../../contract';
import { messageFor, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import { writeTransaction } from '../db/write-transaction';
import { parsePages } from '../parse/parse-page';
import type { ParseOutcome } from '../parse/parsed-page';
import { groupWarnings } from './group-warnings';
import { isPdf } from '../parse-pdf/parse-pdf';
import { storePage } from './store-page';
import { importPdf } from './import-pdf';
import { addReport, emptyReport, reportFailed, reportStored } from './import-report';
import { decisionsLookup } from '../page-view/page-structure-store';

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

/** Pages committed together in a bulk import: one commit per page made import ~1.5× slower. */
export const PAGES_PER_TRANSACTION = 64;

interface Parsed {
  src: ImportSource;
  /** Null when the file was refused before parsing (too large). A form-feed file gives several pages. */
  outcome: Result<ParseOutcome[]> | null;
  refused: string | null;
}

/**
 * Imports many files: each batch of PAGES_PER_TRANSACTION is parsed first, then stored in one
 * write transaction, each page inside its own savepoint (storePage's nested transaction). A file
 * that fails is reported with its reason and leaves nothing behind, while the others still land.
 */
export function importSources(
  db: Db,
  sources: Iterable<ImportSource>,
  meta: Input<'pages.import'>['meta'] = undefined,
  onProgress?: (done: number) => void,
): ImportReportT {
  const report = emptyReport();
  let done = 0;
  let batch: Parsed[] = [];
  const flush = () => {
    const pages = batch;
    writeTransaction(db, () => {
      for (const page of pages) store(db, page, report);
    });
    done += pages.length;
    onProgress?.(done);
    batch = [];
  };
  // Structure an editor fixed on the page view is applied again to a re-imported file (by line content).
  const structure = decisionsLookup(db);
  for (const src of sources) {
    const refused = oversize(src);
    batch.push({
      src,
      refused,
      outcome:
        refused === null ? parsePages(src.bytes, src.name, { ...(meta ? { meta } : {}), structure }) : null,
    });
    if (batch.length >= PAGES_PER_TRANSACTION) flush();
  }
  if (batch.length > 0) flush();
  return report;
}

function store(db: Db, { src, outcome, refused }: Parsed, report: ImportReportT): void {
  if (outcome === null) return reportFailed(report, src.name, refused ?? '');
  if (!outcome.ok) return reportFailed(report, src.name, messageFor(outcome.error));
  const pages = outcome.value;
  for (const page of pages) {
    // A page of a form-feed file is stored as its own text, so each has its own identity.
    const bytes = pages.length === 1 ? src.bytes : Buffer.from(page.text, 'utf8');
    const name = pages.length === 1 ? src.name : page.parsed.page;
    reportStored(report, name, storePage(db, bytes, page), reportWarnings(page));
  }
}

/** What the report says of a parsed page: the shape it was read in (when not the usual one), grouped doubts. */
function reportWarnings(page: ParseOutcome): string[] {
  const shape =
    page.shape === 'wrapped'
      ? ['按栏宽折行的文本,已按段落重排 / read as hard-wrapped text']
      : page.shape === 'layout'
        ? ['多栏并排的文本,已按栏拆开 / columns side by side, split at their gutters']
        : [];
  return [...shape, ...groupWarnings(page.parsed.warnings)];
}

/**
 * Text pages and PDFs alike: a PDF becomes as many pages as it has (see import-pdf.ts). Text
 * files between PDFs go to importSources together, so a folder commits PAGES_PER_TRANSACTION
 * pages at a time as the seeds do; one commit per file left FTS5 a new segment per page to merge.
 * At most that many files are held in memory at once.
 */
export async function importAnySources(
  db: Db,
  sources: Iterable<ImportSource>,
  meta: Input<'pages.import'>['meta'] = undefined,
  onProgress?: (done: number) => void,
): Promise<ImportReportT> {
  const report = emptyReport();
  let done = 0;
  let texts: ImportSource[] = [];
  const storeTexts = (): void => {
    if (texts.length === 0) return;
    const before = done;
    addReport(
      report,
      importSources(db, texts, meta, (n) => onProgress?.(before + n)),
    );
    done += texts.length;
    texts = [];
  };
  for (const src of sources) {
    if (!isPdf(src.name, src.bytes)) {
      texts.push(src);
      if (texts.length >= PAGES_PER_TRANSACTION) storeTexts();
      continue;
    }
    storeTexts();
    addReport(report, await importPdf(db, src, meta));
    onProgress?.(++done);
  }
  storeTexts();
  return report;
}

export async function importFiles(db: Db, input: Input<'pages.import'>): Promise<Result<ImportReportT>> {
  const sources = input.files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
  return ok(await importAnySources(db, sources, input.meta));
}
