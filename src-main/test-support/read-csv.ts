/**
 * A strict RFC 4180 reader for tests: reads back what the exporters wrote, cell for cell, and
 * throws on anything a spreadsheet would read differently (a quote inside an unquoted cell, an
 * unterminated quote, text after a closing quote).
 */
export function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        cell += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const m = /[,\r\n]/.exec(text.slice(i));
      const end = m ? i + m.index : text.length;
      cell = text.slice(i, end);
      if (cell.includes('"')) throw new Error(`quote in unquoted cell ${JSON.stringify(cell)}`);
      i = end;
    }
    row.push(cell);
    if (i >= text.length) break;
    if (text[i] === ',') {
      i++;
      if (i >= text.length) row.push('');
    } else if (text.startsWith('\r\n', i)) {
      i += 2;
      endRow();
    } else throw new Error(`bare line break or text after a quote at ${i}`);
  }
  if (row.length > 0) endRow();
  return rows;
}
