/**
 * `pdftotext -raw` prints text in content-stream order, and where two cells of the page sit on
 * one baseline (a column's last line beside the next block's title, a paragraph's end beside the
 * next paragraph's first line set wider) it prints them as one line with a single space between:
 * `点位412处,已全部整改到位。 滨江晨曲`. Such a line is wider than its column and its left part ends a
 * sentence at the column's width, so it is read as two lines, the space standing for the break.
 */
import { localColumnWidths } from './column-width';
import { lineWidth, type WidthMeasure } from './line-width';
import type { SourceLine } from './source-lines';

/** A sentence ends, one ASCII space, a printed character: the place two cells met. */
const CELL_BOUNDARY = /[。！？!?”」』）)] (?=[^\s，。、；：,.;:])/gu;

export function splitCellJoins(lines: readonly SourceLine[], measure: WidthMeasure): readonly SourceLine[] {
  const widths = localColumnWidths(lines, measure);
  const play = measure === 'ems' ? 2 : 1;
  const out: SourceLine[] = [];
  let split = false;
  lines.forEach((line, i) => {
    const column = widths[i];
    const cut =
      column == null ||
      line.blank ||
      line.gaps.length > 0 ||
      line.indented ||
      line.width[measure] <= column + play
        ? -1
        : cellCut(line.text, column + play, measure);
    if (cut < 0) {
      out.push(line);
      return;
    }
    out.push(part(line, 0, cut), part(line, cut + 1, line.text.length));
    split = true;
  });
  // The same array when nothing was split: its measured widths are reused.
  return split ? out : lines;
}

/** Offset (in the line) of the last boundary space whose left part still fits the column. */
function cellCut(text: string, limit: number, measure: WidthMeasure): number {
  let best = -1;
  for (const m of text.matchAll(CELL_BOUNDARY)) {
    const space = (m.index ?? 0) + m[0].length - 1;
    const left = text.slice(0, space);
    // The left cell is a column line: at the column's width, not a few characters of a head.
    if (lineWidth(left, measure) > limit || lineWidth(left, measure) < 2) continue;
    best = space;
  }
  return best;
}

function part(line: SourceLine, from: number, to: number): SourceLine {
  const text = line.text.slice(from, to);
  return {
    start: line.start + from,
    end: line.start + to,
    text,
    blank: text.trim().length === 0,
    gaps: [],
    read: text.trim(),
    width: { chars: lineWidth(text, 'chars'), ems: lineWidth(text, 'ems') },
    indented: false,
  };
}
