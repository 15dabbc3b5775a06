import ExcelJS from 'exceljs';
import { csvRow } from '../export/csv-cell';
import type { ReportTable } from './report-table';

/**
 * CSV: UTF-8 with a BOM and CRLF (Excel and WPS read the BOM as UTF-8), every cell through
 * csvCell, so a name or alias beginning with = + - @ is shown, never evaluated.
 */
export function renderReportCsv(t: ReportTable): string {
  return '\uFEFF' + [t.header, ...t.rows].map((r) => csvRow(r)).join('\r\n') + '\r\n';
}

/** XLSX: one sheet, header row bold and frozen, numbers as numbers; text cells are never formulas. */
export async function renderReportXlsx(t: ReportTable): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = '剪报 Jianbao';
  const sheet = book.addWorksheet('稿件统计', { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
  sheet.addRow(t.header).font = { bold: true };
  for (const row of t.rows) sheet.addRow(row);
  sheet.addRow([]);
  for (const note of t.notes) sheet.addRow([note]);
  sheet.getColumn(1).width = 12;
  sheet.getColumn(2).width = 16;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const escapeHtml = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const STYLE = `
@page { size: A4 landscape; margin: 14mm; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  color: #1c1c1c; font-size: 10pt; margin: 1.5em; }
h1 { margin: 0 0 0.3em; font-size: 18pt; color: #9b1c1c; letter-spacing: 0.06em; }
p.note { margin: 0.2em 0; color: #555; font-size: 9pt; }
table { border-collapse: collapse; margin-top: 1em; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.5em; white-space: nowrap; }
th { background: #f3f0e8; text-align: center; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
thead { display: table-header-group; }
.bar { display: inline-block; height: 0.7em; background: #a4262c; vertical-align: middle; margin-left: 0.4em; }`;

/**
 * A self-contained page for printing or PDF (headless Chromium / Electron printToPDF): title,
 * range notes, the table, and a bar beside each person's pieces, so the printed report carries
 * the chart without scripts.
 */
export function renderReportHtml(t: ReportTable): string {
  const piecesAt = t.header.indexOf('稿件');
  const max = Math.max(1, ...t.rows.map((r) => Number(r[piecesAt]) || 0));
  const cell = (v: string | number, i: number): string => {
    if (typeof v === 'string') return `<td>${escapeHtml(v)}</td>`;
    const bar = i === piecesAt ? `<span class="bar" style="width:${(v / max) * 6}em"></span>` : '';
    return `<td class="n">${v}${bar}</td>`;
  };
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(t.title)}</title>
<style>${STYLE}</style></head><body>
<h1>${escapeHtml(t.title)}</h1>
${t.notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('\n')}
<table><thead><tr>${t.header.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${t.rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}
</tbody></table></body></html>`;
}
