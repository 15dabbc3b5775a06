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

/** Positions right after a sentence-final character (candidate split points for glued bylines). */
export function sentenceEndPositions(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== undefined && (SENTENCE_FINAL.has(c) || c === '.')) out.push(i + 1);
  }
  return out;
}

export const HAN = /\p{Script=Han}/u;

/** Counts Han characters; headline length limits are in Han characters, not UTF-16 units. */
export function hanLength(text: string): number {
  let n = 0;
  for (const c of text) if (HAN.test(c)) n++;
  return n;
}

/** Visible length: non-whitespace code points. */
export function visibleLength(text: string): number {
  let n = 0;
  for (const c of text) if (!/\s/u.test(c)) n++;
  return n;
}

/** Bullets that open briefs or internal subheads. */
export const BULLET = /^[■●◆▲★☆◇□▶►•]\s*/u;

/** Enumerated internal subheads: 一、 (一) 1. 1、 第一, … */
export const ENUMERATOR =
  /^(?:[一二三四五六七八九十]{1,3}[、.．]|[(\uFF08][一二三四五六七八九十\d]{1,3}[)\uFF09]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]{1,3}[,\uFF0C、:\uFF1A ])/u;
