/**
 * A brief's title as printed (■ 市图书馆延长开放时间, 【市图书馆延长开放时间】) → the bare title;
 * the bullet or brackets become markup so conservation still accounts for them.
 */
import type { Span } from './parsed-page';
import { slicePiece } from './piece';
import type { Line } from './split-lines';
import { BULLET } from './text-chars';

export function stripBriefTitle(line: Line, markup: Span[]): Line {
  let piece = { text: line.text, start: line.start, end: line.end };
  const bullet = BULLET.exec(piece.text);
  if (bullet && !piece.text.startsWith('□')) {
    markup.push([piece.start, piece.start + 1]);
    piece = slicePiece(piece, bullet[0].length);
  }
  const bracket = /^【(.+)】$/u.exec(piece.text);
  if (bracket?.[1]) {
    markup.push([piece.start, piece.start + 1], [piece.end - 1, piece.end]);
    piece = slicePiece(piece, 1, piece.text.length - 1);
  }
  return { ...line, ...piece };
}
