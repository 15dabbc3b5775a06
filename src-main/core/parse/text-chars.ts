/**
 * Character classes that newspaper layout decisions hinge on. Kept in one place so the
 * column-rejoin rule, byline detection and head detection agree on what "ends a sentence".
 */

/**
 * A block ending in one of these finished its sentence; anything else (comma, a digit, a
 * character mid-word, an opening quote) means the column broke mid-sentence.
 * Closing quotes/brackets count because Chinese prose often ends a paragraph with 。” or 」.
 */
// Fullwidth forms are written as escapes: editors and tools silently turn them into ASCII.
const SENTENCE_FINAL = new Set([
  '。',
  '!',
  '?',
  '\uFF01',
  '\uFF1F',
  '…',
  '」',
  '』',
  '”',
  '’',
  '\uFF0E',
  '\uFF61',
]);

export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  const last = t.at(-1);
  if (last === undefined) return true;
  if (SENTENCE_FINAL.has(last)) return true;
  // OCR often turns 。 into an ASCII full stop; a '.' after a digit is more likely a decimal split.
  if (last === '.') return !/[0-9]$/u.test(t.slice(0, -1));
  // A closing parenthesis after a sentence end, e.g. 。) — treat as finished.
  if (last === ')' || last === '\uFF09') {
    const before = t.slice(0, -1).trimEnd().at(-1);
    return before !== undefined && SENTENCE_FINAL.has(before);
  }
  return false;
}

/**
 * Positions right after a sentence-final character (candidate split points for glued bylines).
 * `from` limits the scan to the tail: callers only care about the last few dozen characters, and
 * scanning whole paragraphs was the parser's hottest loop.
 */
export function sentenceEndPositions(text: string, from = 0): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, from); i < text.length; i++) {
    const c = text[i];
    if (c !== undefined && (SENTENCE_FINAL.has(c) || c === '.')) out.push(i + 1);
  }
  return out;
}

/** The non-ASCII code units \s matches (NBSP, ideographic space U+3000, BOM…). */
function isNonAsciiSpace(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * Visible length: non-whitespace code points. Called on every line several times, so it counts
 * with charCodeAt instead of a per-character regex; only non-ASCII code units consult \s.
 * Callers that only compare against a limit pass it as `stopAbove`: the count stops just past it,
 * so a 2,000-character paragraph costs no more than a headline.
 */
export function visibleLength(text: string, stopAbove = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= stopAbove; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      // ASCII whitespace for \s: tab, LF, VT, FF, CR, space.
      if (c !== 0x20 && (c < 0x09 || c > 0x0d)) n++;
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      // Low surrogate: its high surrogate already counted the code point.
    } else if (c >= 0xd800 && c <= 0xdbff) n++;
    else if (!isNonAsciiSpace(c)) n++;
  }
  return n;
}

/** Bullets that open briefs or internal subheads. */
export const BULLET = /^[■●◆▲★☆◇□▶►•]\s*/u;

/** Length of a leading bullet and its space; 0 for none or for □, which boxes a byline instead. */
export function bulletLength(text: string): number {
  const m = BULLET.exec(text);
  return m && !text.startsWith('□') ? m[0].length : 0;
}

/** Enumerated internal subheads: 一、 (一) 1. 1、 第一, … */
export const ENUMERATOR =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(\uFF08][一二三四五六七八九十\d]{1,3}[)\uFF09]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[,\uFF0C、:\uFF1A ])/u;
