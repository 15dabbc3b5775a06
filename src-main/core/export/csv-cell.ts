/**
 * One spreadsheet cell, safe to open in Excel, WPS and LibreOffice Calc.
 *
 * Quoting alone does not stop a spreadsheet from evaluating `=HYPERLINK(…)` or `@A1`: the quotes
 * are CSV syntax, gone by the time the cell is read. So a cell that a spreadsheet would read as a
 * formula (it begins with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`,
 * which every one of them shows as text (OWASP "CSV injection"). The cost is a visible `'` before
 * a negative number typed as text; numbers passed as numbers are never prefixed.
 */
export function csvCell(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : neutralise(v);
  // RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled.
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The text a spreadsheet shows as-is: a formula-looking start gets a leading apostrophe. */
export function neutralise(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV line: cells joined by commas, no line end. */
export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}
