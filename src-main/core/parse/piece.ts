/**
 * A Piece is a slice of the decoded page text that remembers where it came from, so every
 * stored field can carry offsets back to the source (ParseOutcome.spans).
 */
import type { Span } from './parsed-page';

export interface Piece {
  text: string;
  start: number;
  end: number;
  /**
   * Printed on the next line but part of the same phrase (a headline cut inside its brackets, a
   * column label under it): joined to the piece before with nothing, not with a space.
   */
  glued?: boolean;
}

const LEADING_WS = /^\s+/u;
const TRAILING_WS = /\s+$/u;

export function makePiece(text: string, start: number): Piece {
  return { text, start, end: start + text.length };
}

/** Sub-piece by offsets relative to the piece's own text. */
export function slicePiece(piece: Piece, from: number, to: number = piece.text.length): Piece {
  return makePiece(piece.text.slice(from, to), piece.start + from);
}

/** Drops surrounding whitespace (including the ideographic space U+3000 used for indents). */
export function trimPiece(piece: Piece): Piece {
  const lead = LEADING_WS.exec(piece.text)?.[0].length ?? 0;
  const trail = TRAILING_WS.exec(piece.text)?.[0].length ?? 0;
  if (lead === piece.text.length) return slicePiece(piece, 0, 0);
  return slicePiece(piece, lead, piece.text.length - trail);
}

export function spanOf(piece: Piece): Span {
  return [piece.start, piece.end];
}

/** Whitespace-free form used for length tests and conservation checks. */
export function stripWhitespace(text: string): string {
  return text.replace(/\s+/gu, '');
}
