/**
 * How wide a printed line is, in the two ways extracted text can measure it. Generators and OCR
 * count characters; a PDF typesets ASCII digits and Latin letters at about half a CJK em, so a
 * pdftotext line with "2015" in it holds more characters than its neighbours. The shape detector
 * tries both and keeps the one under which the column width stands out more sharply.
 */
export type WidthMeasure = 'chars' | 'ems';

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000 || c === 0xa0 || c === 0xfeff;
}

export function lineWidth(text: string, measure: WidthMeasure, gaps = 0): number {
  // A generator and OCR count every character, spaces included (a padded byline, the spaces
  // after a dateline fill the column); letter-spacing gaps are the justifier's, not the text's.
  if (measure === 'chars') return [...text.replace(/\r+$/u, '')].length - gaps;
  let w = 0;
  for (const ch of text.trimEnd()) {
    const c = ch.codePointAt(0) ?? 0;
    if (c === 0x3000) w += 1;
    else if (isSpace(c)) w += 0.5;
    else w += c < 0x2e80 && !(c >= 0x2010 && c <= 0x201f) && c !== 0x2026 ? 0.5 : 1;
  }
  return w - gaps * 0.5;
}

/** Leading indent as printed: two ideographic spaces, or two or more ASCII spaces. */
export function isIndented(text: string): boolean {
  return /^(?:\u3000|[ \u00a0]{2,})/u.test(text);
}
