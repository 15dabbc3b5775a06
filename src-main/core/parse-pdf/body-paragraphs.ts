/**
 * Body lines in reading order → paragraphs. A paragraph starts where a line is indented (the
 * 2-character 首行缩进), set off-centre (a centred subhead, a right-aligned byline), or in another
 * type size; it ends where a line stops short of its column's right edge. A line at the top of the
 * next column (or the next page column) that is not indented continues the paragraph before it.
 */
import type { RegionLine } from './article-regions';
import type { TextLine } from './text-lines';

interface Column {
  left: number;
  right: number;
}

/**
 * Each leaf's column extent, widened by the other leaves of the same column (a column cut in two
 * by a subhead's space is still one column: a lone short line is measured against all of it).
 */
function columns(lines: readonly RegionLine[]): Map<number, Column> {
  const own = new Map<number, Column>();
  for (const { line, leaf } of lines) {
    const c = own.get(leaf);
    own.set(leaf, {
      left: Math.min(c?.left ?? Infinity, line.x),
      right: Math.max(c?.right ?? -Infinity, line.x + line.width),
    });
  }
  const out = new Map<number, Column>();
  for (const [leaf, c] of own) {
    const same = [...own.values()].filter((o) => {
      const overlap = Math.min(o.right, c.right) - Math.max(o.left, c.left);
      return overlap > 0.5 * Math.min(o.right - o.left, c.right - c.left);
    });
    out.set(leaf, {
      left: Math.min(...same.map((o) => o.left)),
      right: Math.max(...same.map((o) => o.right)),
    });
  }
  // An article's columns are one width. A column of nothing but short lines (a list, a table)
  // never reaches its right edge; measure it by the widest column instead.
  // Where every column is short, the distance between two columns' left edges still gives it.
  const lefts = [...new Set([...own.values()].map((c) => c.left))].sort((a, b) => a - b);
  const pitches = lefts.slice(1).map((l, i) => l - (lefts[i] ?? l));
  const em = lines[0]?.line.size ?? 10;
  const pitch = pitches.length > 0 ? Math.min(...pitches) - 1.5 * em : 0;
  const width = Math.max(pitch, ...[...out.values()].map((c) => c.right - c.left));
  for (const c of out.values()) c.right = Math.max(c.right, c.left + width);
  return out;
}

/** Two wrapped lines of one paragraph: Chinese joins with nothing, Latin words keep a space. */
export function joinLines(prev: string, next: string): string {
  return /[A-Za-z]$/u.test(prev) && /^[A-Za-z]/u.test(next) ? `${prev} ${next}` : prev + next;
}

const INDENT_EM = 1.2;

function startsParagraph(line: TextLine, col: Column): boolean {
  return line.x - col.left >= INDENT_EM * line.size;
}

/** Body text is justified: any line that stops short of the column's edge ends its paragraph. */
const SHORT_EM = 0.6;

function endsParagraph(line: TextLine, col: Column): boolean {
  return col.right - (line.x + line.width) >= SHORT_EM * line.size;
}

/** A line set well right of the indent (centred, right-aligned: a byline, a signature) is a paragraph of its own. */
function standsAlone(line: TextLine, col: Column): boolean {
  return line.x - col.left > 2.5 * line.size;
}

/** A right-aligned line after a full line in the same face is that line's wrap (a long byline). */
function wrapsFlushRight(prev: TextLine, line: TextLine, prevCol: Column, col: Column): boolean {
  const flush = (l: TextLine, c: Column): boolean => c.right - (l.x + l.width) < 0.3 * l.size;
  return (
    prev.font === line.font && flush(prev, prevCol) && flush(line, col) && line.x - col.left > 2.5 * line.size
  );
}

export function bodyParagraphs(lines: readonly RegionLine[]): string[] {
  const cols = columns(lines);
  const out: string[] = [];
  let prev: RegionLine | null = null;
  // Whether the paragraph so far is one line: only a one-line paragraph can be a wrapped byline.
  let single = false;
  for (const item of lines) {
    const col = cols.get(item.leaf) as Column;
    const sizeChanged = prev !== null && Math.abs(prev.line.size - item.line.size) > 0.08 * item.line.size;
    const prevCol = cols.get(prev?.leaf ?? -1);
    const fresh: boolean =
      prev === null ||
      prevCol === undefined ||
      (startsParagraph(item.line, col) && !(single && wrapsFlushRight(prev.line, item.line, prevCol, col))) ||
      endsParagraph(prev.line, prevCol) ||
      standsAlone(prev.line, prevCol) ||
      sizeChanged;
    if (fresh || out.length === 0) out.push(item.line.text);
    else out[out.length - 1] = joinLines(out.at(-1) ?? '', item.line.text);
    single = fresh;
    prev = item;
  }
  return out;
}
