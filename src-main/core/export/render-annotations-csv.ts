import { ANNOTATION_COLUMNS, annotationRows } from './annotation-rows';
import { csvRow } from './csv-cell';
import type { ExportArticle } from './export-articles';

/**
 * Annotations as CSV, one row per highlight. UTF-8 with a BOM and CRLF like the article CSV, so
 * Excel and WPS open the Chinese text correctly; every cell goes through csvCell.
 */
export function renderAnnotationsCsv(articles: readonly ExportArticle[]): string {
  return '\uFEFF' + [[...ANNOTATION_COLUMNS], ...annotationRows(articles)].map(csvRow).join('\r\n') + '\r\n';
}
