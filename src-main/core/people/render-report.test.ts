import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { seedArchive } from '../../test-support/seed-archive';
import { bylineReport } from './byline-report';
import { renderReportCsv, renderReportHtml, renderReportXlsx } from './render-report';
import { reportTable, type ReportTable } from './report-table';

const hostile: ReportTable = {
  title: '稿件统计',
  header: ['姓名', '别名', '稿件'],
  rows: [
    ['=HYPERLINK("http://x")', '@SUM(A1)', 3],
    ['张三', '+1, "李四"', -2],
  ],
  notes: [],
};

describe('report files', () => {
  it('CSV: BOM, CRLF, formula-looking cells neutralised, numbers left as numbers', () => {
    const csv = renderReportCsv(hostile);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFF姓名,别名,稿件',
      `"'=HYPERLINK(""http://x"")",'@SUM(A1),3`,
      `张三,"'+1, ""李四""",-2`,
      '',
    ]);
  });

  it('XLSX reads back with the same cells, numbers as numbers, no formulas', async () => {
    const { db } = seedArchive();
    const report = bylineReport(db, {});
    if (!report.ok) throw new Error(report.error.code);
    const table = reportTable(report.value);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await renderReportXlsx(table)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('稿件统计')!;
    expect(sheet.getRow(1).values).toEqual([undefined, ...table.header]);
    expect(sheet.getRow(2).values).toEqual([undefined, ...table.rows[0]!]);
    expect(sheet.getCell('C2').value).toBe(2);
    const hostileBook = new ExcelJS.Workbook();
    await hostileBook.xlsx.load(Buffer.from(await renderReportXlsx(hostile)) as unknown as ArrayBuffer);
    expect(hostileBook.getWorksheet('稿件统计')!.getCell('A2').type).toBe(ExcelJS.ValueType.String);
  });

  it('print HTML escapes names and carries every row', () => {
    const html = renderReportHtml({ ...hostile, rows: [['<b>王</b>', '', 1], ...hostile.rows] });
    expect(html).toContain('<td>&lt;b&gt;王&lt;/b&gt;</td>');
    expect(html).toContain('<td>=HYPERLINK(&quot;http://x&quot;)</td>');
    expect(html.match(/<tr>/g)).toHaveLength(4);
  });
});
