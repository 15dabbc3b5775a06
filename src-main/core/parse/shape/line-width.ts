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

export function lineWidth(text: string, measure: WidthMeasure): number {
  // A leading ASCII indent takes its width; spaces inside the line are letter spacing or word
  // gaps a generator does not count either.
  const lead = /^ */u.exec(text)?.[0].length ?? 0;
  let w = measure === 'chars' ? lead : lead / 2;
  for (const ch of text.slice(lead)) {
    const c = ch.codePointAt(0) ?? 0;
    if (isSpace(c)) {
      // An ideographic indent takes a full em in print and one character in a generator alike.
      if (c === 0x3000) w += 1;
      continue;
    }
    w += measure === 'ems' && c < 0x2e80 && !(c >= 0x2010 && c <= 0x201f) && c !== 0x2026 ? 0.5 : 1;
  }
  return w;
}

/** Leading indent as printed: two ideographic spaces, or two or more ASCII spaces. */
export function isIndented(text: string): boolean {
  return /^(?:\u3000|[ \u00a0]{2,})/u.test(text);
}
