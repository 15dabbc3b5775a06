/**
 * Continuation markers (下转A4版, 上接A1版, 转第3版, 接上页…) link an article across pages; they go
 * to `continued`, stripped of their parentheses, whether printed on their own line or glued to the
 * start or end of a paragraph.
 */
import type { Span } from './parsed-page';
import { slicePiece, trimPiece, type Piece } from './piece';

const MARKER = String.raw`(?:下转|上接|(?:详|参)?见|转至?|接|续)第?\s*(?:[A-Z]{1,2}\s*\d{1,2}|\d{1,2}|[一二三四五六七八九十]{1,3})\s*版|(?:接上页|转下页|下转\s*[A-Z]{1,2}\d{1,2}|上接\s*[A-Z]{1,2}\d{1,2})`;
// ■ 详见第4版 closes a front-page teaser: the bullet is markup like the parentheses.
const WHOLE = new RegExp(String.raw`^[■●◆▶]?\s*[(\uFF08]?\s*(${MARKER})\s*[)\uFF09]?$`, 'u');
const AT_END = new RegExp(
  String.raw`[(\uFF08]\s*(${MARKER})\s*[)\uFF09]$|(?<=[。!?\uFF01\uFF1F”])\s*(${MARKER})$`,
  'u',
);
const TAIL_WINDOW = 48;
const AT_START = new RegExp(String.raw`^[(\uFF08]\s*(${MARKER})\s*[)\uFF09]`, 'u');

export interface Continuation {
  marker: Piece;
  markup: Span[];
}

function fromMatch(piece: Piece, index: number, raw: string, inner: string): Continuation {
  const whole = slicePiece(piece, index, index + raw.length);
  const innerAt = raw.indexOf(inner);
  const marker = slicePiece(whole, innerAt, innerAt + inner.length);
  const markup: Span[] = [];
  for (let i = 0; i < raw.length; i++) {
    if (i >= innerAt && i < innerAt + inner.length) continue;
    if (/[()\uFF08\uFF09■●◆▶]/u.test(raw[i] ?? '')) markup.push([whole.start + i, whole.start + i + 1]);
  }
  return { marker, markup };
}

/** A line that is nothing but a continuation marker. */
export function matchContinuationLine(piece: Piece): Continuation | null {
  const m = WHOLE.exec(piece.text);
  return m?.[1] ? fromMatch(piece, 0, m[0], m[1]) : null;
}

/** A marker glued to the end (…的问题。(下转A4版)) or start ((上接A1版)昨天…) of a paragraph. */
export function splitContinuation(piece: Piece): { continuation: Continuation; rest: Piece } | null {
  // An end-anchored regex still tries every start position; markers are short, so only the tail
  // (plus the sentence end the lookbehind needs) can hold one.
  const tailAt = Math.max(0, piece.text.length - TAIL_WINDOW);
  const end = AT_END.exec(piece.text.slice(tailAt));
  const endInner = end?.[1] ?? end?.[2];
  if (end && endInner) {
    const at = tailAt + end.index;
    return {
      continuation: fromMatch(piece, at, end[0], endInner),
      rest: trimPiece(slicePiece(piece, 0, at)),
    };
  }
  const start = AT_START.exec(piece.text);
  if (start?.[1]) {
    return {
      continuation: fromMatch(piece, 0, start[0], start[1]),
      rest: trimPiece(slicePiece(piece, start[0].length)),
    };
  }
  return null;
}

const BACKWARD = /^[(\uFF08]?\s*(?:上接|接上页|接|续)/u;

/** 上接A1版, 接上页: the text that follows began on an earlier page, so it has no head here. */
export function isBackwardMarker(text: string): boolean {
  return BACKWARD.test(text);
}
