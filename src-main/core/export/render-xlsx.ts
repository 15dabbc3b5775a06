import ExcelJS from 'exceljs';
import { ANNOTATION_COLUMNS, annotationRows } from './annotation-rows';
import { neutralise } from './csv-cell';
import type { ExportArticle } from './export-articles';
import { textLength } from './export-articles';
import type { DocumentInfo } from './render-markdown';
import { xmlSafe } from './xml-text';

/** A text cell: never a formula when the sheet is re-saved as CSV, never XML Excel refuses. */
const cell = (s: string): string => neutralise(xmlSafe(s));

/**
 * An Excel workbook: `批注` (one row per highlight) and `文章` (one row per article). Cells are
 * written as strings or numbers, never formulas; text that looks like a formula still gets the
 * leading `'` so a CSV saved from it stays safe. Header rows are frozen and filterable.
 */
export async function renderXlsx(
  articles: readonly ExportArticle[],
  info: DocumentInfo,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = '剪报 Jianbao';
  book.title = xmlSafe(info.title);
  book.created = new Date(info.exportedAt);
  book.modified = new Date(info.exportedAt);
  const sheet = (name: string, header: readonly string[], rows: (string | number)[][], widths: number[]) => {
    const ws = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...header]).font = { bold: true };
    for (const r of rows) ws.addRow(r.map((v) => (typeof v === 'number' ? v : cell(v))));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
    widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  };
  sheet('批注', ANNOTATION_COLUMNS, annotationRows(articles), [40, 40, 6, 16, 36, 12, 12, 8, 16, 22, 22, 46]);
  sheet(
    '文章',
    [
      '标题 headline',
      '报纸 paper',
      '日期 date',
      '版次 page',
      '作者 bylines',
      '标签 tags',
      '字数 characters',
      '批注数 annotations',
    ],
    articles.map((a) => [
      a.headline ?? '',
      a.paper ?? '',
      a.date ?? '',
      a.pageLabel ?? '',
      a.bylines.map((b) => `${b.role} ${b.name}`).join('; '),
      a.tags.join('; '),
      textLength(a),
      a.annotations.length,
    ]),
    [40, 12, 12, 8, 20, 20, 10, 10],
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}
