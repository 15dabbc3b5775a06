import type { ExportArticle } from './export-articles';
import { textLength } from './export-articles';
import { csvRow } from './csv-cell';

const HEADER = [
  'id',
  'date',
  'page',
  'kind',
  'headline',
  'bylines',
  'tags',
  'text_length',
  'annotation_count',
];

/**
 * One row per article. UTF-8 with a BOM and CRLF line ends: without the BOM, Excel and WPS open
 * the file as the local ANSI code page and every Chinese character turns to mojibake.
 */
export function renderCsv(articles: readonly ExportArticle[]): string {
  const rows = articles.map((a) => [
    a.id,
    a.date ?? '',
    a.pageLabel ?? '',
    a.kind,
    a.headline ?? '',
    a.bylines.map((b) => `${b.role} ${b.name}`).join('; '),
    a.tags.join('; '),
    textLength(a),
    a.annotations.length,
  ]);
  return '\uFEFF' + [HEADER, ...rows].map(csvRow).join('\r\n') + '\r\n';
}
