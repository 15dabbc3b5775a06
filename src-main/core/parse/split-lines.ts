/**
 * Decoded text → the non-blank lines the parser reasons about. Extracted page text has one
 * paragraph or head per line, blocks separated by blank lines; hard-wrapped paragraphs (several
 * lines in one block) are rejoined later by the same rule as column breaks, so blank lines
 * carry no meaning beyond separating lines and only `blankBefore` is kept.
 */
import { makePiece, trimPiece, type Piece } from './piece';

export interface Line extends Piece {
  /** 1-based line number in the decoded text, for warnings an editor can follow. */
  lineNo: number;
  blankBefore: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  let lineNo = 0;
  let blankBefore = true;
  // A form feed (pdftotext's page separator) splits lines just like a newline.
  for (const raw of text.split(/[\n\f]/u)) {
    lineNo++;
    const piece = trimPiece(makePiece(raw, offset));
    offset += raw.length + 1;
    if (piece.text.length === 0) {
      blankBefore = true;
      continue;
    }
    lines.push({ ...piece, lineNo, blankBefore });
    blankBefore = false;
  }
  return lines;
}
