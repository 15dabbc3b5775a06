import type { ExportFormatT, ExportSourceT, SearchFiltersT } from '../../contract';
import { err, ok, type Result } from '../../result';
import type { Db } from '../db/db';
import type { HostServices } from '../host-services';
import { queryArticles } from '../collections/article-query';
import { collectionIds } from '../collections/collection-articles';
import { getSearch } from '../collections/saved-searches';
import { getTag } from '../tags/tag-store';
import { buildBundle } from './build-bundle';
import { loadExportArticles, type ExportArticle } from './export-articles';
import { yieldToEventLoop, type ExportJob } from './export-jobs';
import { printPdfWithChromium } from './print-pdf';
import type { MarkStyle } from './markdown-text';
import { renderAnnotationsCsv } from './render-annotations-csv';
import { renderBibtex } from './render-bibtex';
import { renderCsl } from './render-csl';
import { renderCsv } from './render-csv';
import { renderEpub } from './render-epub';
import { renderRis } from './render-ris';
import { renderXlsx } from './render-xlsx';
import { renderDocx } from './render-docx';
import { renderHtml } from './render-html';
import { fileSafe, renderMarkdown, renderMarkdownFolder, type DocumentInfo } from './render-markdown';
import { renderW3c } from './render-w3c';

export interface ExportRequest {
  source: ExportSourceT;
  format: ExportFormatT;
  layout?: 'single' | 'folder' | undefined;
  title?: string | undefined;
  mark?: MarkStyle | undefined;
  /** Fixed timestamp for reproducible output (tests); defaults to now. */
  exportedAt?: string;
}

export interface ExportedFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
}

/** What an export produced: one file, or (Markdown folder layout) a folder of files. */
export interface ExportOutput {
  articles: number;
  folder: string | null;
  files: ExportedFile[];
}

const EXT: Record<ExportFormatT, [string, string]> = {
  md: ['md', 'text/markdown; charset=utf-8'],
  html: ['html', 'text/html; charset=utf-8'],
  pdf: ['pdf', 'application/pdf'],
  docx: ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
  csv: ['csv', 'text/csv; charset=utf-8'],
  json: ['jianbao.json', 'application/json'],
  w3c: ['jsonld', 'application/ld+json'],
  csl: ['csl.json', 'application/vnd.citationstyles.csl+json'],
  ris: ['ris', 'application/x-research-info-systems'],
  bibtex: ['bib', 'application/x-bibtex; charset=utf-8'],
  epub: ['epub', 'application/epub+zip'],
  xlsx: ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  'annotations-csv': ['annotations.csv', 'text/csv; charset=utf-8'],
};

/** Articles loaded per event-loop turn: small enough that cancel and progress polls land quickly. */
const CHUNK = 200;

function resolveSource(
  db: Db,
  source: ExportSourceT,
): Result<{ ids: number[]; title: string; tagId?: number }> {
  if (source.kind === 'ids') return ok({ ids: source.ids, title: '剪报选集' });
  if (source.kind === 'query') {
    const found = queryArticles(db, source.query, source.filters as SearchFiltersT | undefined);
    return found.ok ? ok({ ids: found.value, title: source.query || '剪报检索' }) : found;
  }
  const ref = source.collection;
  const ids = collectionIds(db, ref);
  if (!ids.ok) return ids;
  if (ref.kind === 'tag') return ok({ ids: ids.value, title: getTag(db, ref.tagId)!.name, tagId: ref.tagId });
  return ok({ ids: ids.value, title: getSearch(db, ref.searchId)!.name });
}

/**
 * Renders an export in memory. Loading runs in chunks with a yield between them, reporting
 * progress on `job` and stopping with `cancelled` as soon as the job is aborted.
 */
export async function renderExport(
  db: Db,
  request: ExportRequest,
  job: ExportJob,
  host: HostServices = {},
): Promise<Result<ExportOutput>> {
  const source = resolveSource(db, request.source);
  if (!source.ok) return source;
  const { ids, tagId } = source.value;
  const info: DocumentInfo = {
    title: request.title ?? source.value.title,
    exportedAt: request.exportedAt ?? new Date().toISOString(),
    mark: request.mark,
  };
  job.total = ids.length;
  const articles: ExportArticle[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    if (job.cancelled) return err('cancelled');
    articles.push(...loadExportArticles(db, ids.slice(i, i + CHUNK)));
    job.done = Math.min(ids.length, i + CHUNK);
    await yieldToEventLoop();
  }
  if (job.cancelled) return err('cancelled');
  const [ext, mime] = EXT[request.format];
  const base = fileSafe(info.title);
  const one = (bytes: Uint8Array | string): Result<ExportOutput> =>
    ok({
      articles: articles.length,
      folder: null,
      files: [
        {
          name: `${base}.${ext}`,
          mime,
          bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
        },
      ],
    });
  switch (request.format) {
    case 'md':
      if (request.layout === 'folder')
        return ok({
          articles: articles.length,
          folder: base,
          files: renderMarkdownFolder(articles, info).map((f) => ({
            name: f.name,
            mime,
            bytes: new TextEncoder().encode(f.content),
          })),
        });
      return one(renderMarkdown(articles, info));
    case 'html':
      return one(renderHtml(articles, info));
    case 'csv':
      return one(renderCsv(articles));
    case 'annotations-csv':
      return one(renderAnnotationsCsv(articles));
    case 'xlsx':
      return one(await renderXlsx(articles, info));
    case 'csl':
      return one(renderCsl(articles));
    case 'ris':
      return one(renderRis(articles));
    case 'bibtex':
      return one(renderBibtex(articles));
    case 'epub':
      return one(renderEpub(articles, info));
    case 'w3c':
      return one(renderW3c(articles, info));
    case 'docx':
      return one(await renderDocx(articles, info));
    case 'json': {
      const bundle = buildBundle(db, ids, {
        title: info.title,
        exportedAt: info.exportedAt,
        ...(tagId ? { collectionTagId: tagId } : {}),
      });
      return one(JSON.stringify(bundle, null, 2) + '\n');
    }
    case 'pdf': {
      const html = renderHtml(articles, info, { print: true });
      if (host.printToPdf) return one(await host.printToPdf(html));
      const pdf = await printPdfWithChromium(html, job.controller.signal);
      return pdf.ok ? one(pdf.value) : pdf;
    }
  }
}
