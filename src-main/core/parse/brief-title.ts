/**
 * A brief's title as printed (■ 市图书馆延长开放时间, 【市图书馆延长开放时间】, or the words before
 * the first space of ■市图书馆延长开放时间 8月起,…) → the bare title; the bullet or brackets
 * become markup so conservation still accounts for them.
 */
import type { Span } from './parsed-page';
import type { ArticleDraft } from './article-draft';
import { slicePiece, trimPiece, type Piece } from './piece';
import type { Line } from './split-lines';
import { matchSource } from './detect-source';
import { bulletLength, visibleLength } from './text-chars';

const INLINE_TITLE_MIN = 4;
const INLINE_TITLE_MAX = 30;

/**
 * ■市图书馆推出暑期阅读季 8月起,… prints the title and the text on one line, parted by a space.
 * The part before the first space is the title only if it reads like one: a phrase of a few words
 * with no punctuation (8月起,市图书馆… has a comma, so it is text) and not a source marker.
 */
export function takeInlineTitle(d: ArticleDraft, piece: Piece): Piece {
  if (matchSource(piece)) return piece;
  const gap = /\s+/u.exec(piece.text);
  if (!gap || gap.index === 0) return piece;
  const title = slicePiece(piece, 0, gap.index);
  const rest = trimPiece(slicePiece(piece, gap.index));
  const length = visibleLength(title.text, INLINE_TITLE_MAX);
  if (length < INLINE_TITLE_MIN || length > INLINE_TITLE_MAX || rest.text.length === 0) return piece;
  if (/[\p{P}]/u.test(title.text.replace(/[“”"《》·]/gu, ''))) return piece;
  d.headline.push(title);
  return rest;
}

export function isBracketTitle(line: Line): boolean {
  return /^【[^【】]+】$/u.test(line.text);
}

export function stripBriefTitle(line: Line, markup: Span[]): Line {
  let piece = { text: line.text, start: line.start, end: line.end };
  const bullet = bulletLength(piece.text);
  if (bullet > 0) {
    markup.push([piece.start, piece.start + 1]);
    piece = slicePiece(piece, bullet);
  }
  const bracket = /^【(.+)】$/u.exec(piece.text);
  if (bracket?.[1]) {
    markup.push([piece.start, piece.start + 1], [piece.end - 1, piece.end]);
    piece = slicePiece(piece, 1, piece.text.length - 1);
  }
  return { ...line, ...piece };
}

export function stripBracketTitle(d: ArticleDraft, line: Line): Line {
  const m = /^【([^【】]{1,40})】\s*/u.exec(line.text);
  if (!m?.[1]) return line;
  d.headline.push({ text: m[1], start: line.start + 1, end: line.start + 1 + m[1].length });
  d.markup.push([line.start, line.start + 1], [line.start + 1 + m[1].length, line.start + 2 + m[1].length]);
  const restStart = m[0].length;
  return { ...line, text: line.text.slice(restStart), start: line.start + restStart };
}
