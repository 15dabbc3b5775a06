import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileArticles } from '../../test-support/hostile-articles';
import { readCsv } from '../../test-support/read-csv';
import { ANNOTATION_COLUMNS } from './annotation-rows';
import { renderAnnotationsCsv } from './render-annotations-csv';
import { renderXlsx } from './render-xlsx';
import { xmlSafe } from './xml-text';

const INFO = { title: '专题', exportedAt: '2024-07-11T09:30:00.000Z' };
const FORMULA = /^[=+\-@\t\r]/;

/** A cell as written: the text itself, or with the apostrophe that neutralises a formula start. */
const asWritten = (cell: string, original: string) => [original, `'${original}`].includes(cell);

describe('annotation tables (CSV and XLSX)', () => {
  it('property: one row per highlight with quote, note, colour, tags and article fields; no formulas', async () => {
    await fc.assert(
      fc.asyncProperty(hostileArticles, async (articles) => {
        const highlights = articles.flatMap((a) => a.annotations.map((n) => ({ a, n })));
        const csv = readCsv(renderAnnotationsCsv(articles).replace(/^\uFEFF/, ''));
        expect(csv[0]).toEqual([...ANNOTATION_COLUMNS]);
        expect(csv.slice(1)).toHaveLength(highlights.length);
        csv.slice(1).forEach((row, i) => {
          const { a, n } = highlights[i]!;
          expect(asWritten(row[0]!, n.exact)).toBe(true);
          expect(asWritten(row[1]!, n.note ?? '')).toBe(true);
          expect(asWritten(row[4]!, a.headline ?? '')).toBe(true);
          expect(row[11]).toBe(`urn:uuid:${n.uuid}`);
          for (const cell of row) expect(cell).not.toMatch(FORMULA);
        });

        const book = new ExcelJS.Workbook();
        const bytes = await renderXlsx(articles, INFO);
        await book.xlsx.load(
          bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        );
        const sheet = book.getWorksheet('批注')!;
        expect(sheet.rowCount).toBe(highlights.length + 1);
        highlights.forEach(({ n }, i) => {
          const row = sheet.getRow(i + 2);
          const quote = row.getCell(1);
          expect(quote.type).not.toBe(ExcelJS.ValueType.Formula);
          // XML readers turn CR and CRLF into LF (XML 1.0 §2.11); Excel does the same.
          expect(asWritten(String(quote.value ?? ''), xmlSafe(n.exact).replace(/\r\n?/g, '\n'))).toBe(true);
          expect(String(row.getCell(12).value)).toBe(`urn:uuid:${n.uuid}`);
        });
        expect(book.getWorksheet('文章')!.rowCount).toBe(articles.length + 1);
      }),
      { numRuns: 20 },
    );
  });
});
