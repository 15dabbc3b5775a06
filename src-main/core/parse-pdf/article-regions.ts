/**
 * Ordered leaves → article regions. A region ends where a rule separates blocks;
 * inside one, a head (type clearly larger than the body) after body text starts the next article,
 * and a figure starts a photo item (its title may sit just above or just below the picture).
 */
import { unionRect, type Rect } from './pdf-content';
import type { Leaf } from './reading-order';
import type { TextLine } from './text-lines';

export type Element = { kind: 'line'; line: TextLine } | { kind: 'figure'; rect: Rect };

export interface RegionLine {
  line: TextLine;
  /** Index of the leaf (column piece) the line was read in. */
  leaf: number;
}

export interface Region {
  heads: TextLine[];
  body: RegionLine[];
  figures: Rect[];
  /** The page rectangles the region was read from, one per leaf. */
  rects: Rect[];
}

/** Heads are set at least this much larger than the page's body type. */
export const HEAD_RATIO = 1.2;

export function isHead(line: TextLine, bodySize: number): boolean {
  return line.size >= HEAD_RATIO * bodySize;
}

function rectOf(e: Element): Rect {
  return e.kind === 'line' ? e.line : e.rect;
}

/**
 * The region's last line when it stands alone just above `figure`: set apart from the text before
 * it and no more than two lines' height above the picture. It is taken out of the region.
 */
function titleAbove(r: Region, figure: Rect, em: number): RegionLine | null {
  const last = r.body.at(-1);
  if (!last) return null;
  const before = r.body.at(-2)?.line;
  const { line } = last;
  const close = figure.y - (line.y + line.height) < 2 * em && figure.y > line.y;
  const over = line.x < figure.x + figure.width && line.x + line.width > figure.x;
  const alone = !before || line.y - (before.y + before.height) > 1.2 * em || before.size !== line.size;
  if (!close || !over || !alone) return null;
  r.body.pop();
  return last;
}

export function articleRegions(
  leaves: readonly Leaf[],
  elements: readonly Element[],
  bodySize: number,
): Region[] {
  const regions: Region[] = [];
  let current: Region | null = null;
  const leafParts = new Map<Region, Map<number, Rect[]>>();
  const open = (): Region => {
    current = { heads: [], body: [], figures: [], rects: [] };
    regions.push(current);
    leafParts.set(current, new Map());
    return current;
  };
  leaves.forEach((leaf, leafNo) => {
    leaf.ids.forEach((id, k) => {
      const e = elements[id];
      if (!e) return;
      let r: Region = current ?? open();
      const empty = r.heads.length === 0 && r.body.length === 0 && r.figures.length === 0;
      // Only a drawn rule closes a region: a wide gap beside a short column is still the article.
      const boundary = k === 0 && leaf.boundary === 'rule';
      if (!empty && boundary) r = open();
      else if (!empty && e.kind === 'figure') {
        // A photo's title may stand above the picture: a region of only heads takes the figure,
        // and a lone line just above it goes with it.
        if (r.body.length > 0 || r.figures.length > 0) {
          const title = titleAbove(r, e.rect, bodySize);
          r = open();
          if (title) r.body.push(title);
        }
      } else if (!empty && e.kind === 'line' && isHead(e.line, bodySize)) {
        if (r.body.length > 0) r = open();
      }
      if (e.kind === 'figure') r.figures.push(e.rect);
      else if (isHead(e.line, bodySize) && r.body.length === 0) r.heads.push(e.line);
      else r.body.push({ line: e.line, leaf: leafNo });
      const parts = leafParts.get(r) as Map<number, Rect[]>;
      parts.set(leafNo, [...(parts.get(leafNo) ?? []), rectOf(e)]);
    });
  });
  for (const r of regions) {
    r.rects = [...(leafParts.get(r)?.values() ?? [])].map(unionRect);
  }
  return mergeColumns(
    regions.filter((r) => r.heads.length > 0 || r.body.length > 0),
    bodySize,
  );
}

/**
 * A column rule inside an article cuts like a rule between articles. A headless piece that starts
 * level with the previous region's body, right beside its last column, in the same type, is that
 * article's next column.
 */
export function continuesColumns(prev: Region, next: Region, em: number): boolean {
  const first = next.body[0];
  if (next.heads.length > 0 || next.figures.length > 0 || prev.figures.length > 0 || !first) return false;
  const lastLeaf = prev.body.at(-1)?.leaf;
  const lastColumn = prev.body.filter((b) => b.leaf === lastLeaf).map((b) => b.line);
  if (lastColumn.length === 0) return false;
  const bodyTop = Math.min(...prev.body.map((b) => b.line.y));
  const top = Math.min(...next.body.map((b) => b.line.y));
  const left = Math.min(...next.body.map((b) => b.line.x));
  const columnLeft = Math.min(...lastColumn.map((l) => l.x));
  const columnRight = Math.max(...lastColumn.map((l) => l.x + l.width));
  // Columns repeat at a fixed pitch; a short last column (one line) still says where the next is.
  const lefts = [...new Set(prev.body.map((b) => b.leaf))].map((leaf) =>
    Math.min(...prev.body.filter((b) => b.leaf === leaf).map((b) => b.line.x)),
  );
  const pitch = lefts.length >= 2 ? (lefts.at(-1) ?? 0) - (lefts.at(-2) ?? 0) : null;
  const beside = left > columnRight && left - columnRight < 3 * em;
  // A column holding only a right-aligned line (a credit) is placed by its right edge.
  const right = Math.max(...next.body.map((b) => b.line.x + b.line.width));
  const atPitch =
    pitch !== null &&
    pitch > 0 &&
    (Math.abs(left - (columnLeft + pitch)) < 2 * em || Math.abs(right - (columnRight + pitch)) < 2 * em);
  // Level with the body's first line, or (below a label or a brief's title) a little lower than
  // the last column's first line.
  const lastTop = Math.min(...lastColumn.map((l) => l.y));
  const level = Math.abs(top - bodyTop) < 1.5 * em || (top > lastTop - 1.5 * em && top < lastTop + 4 * em);
  // A column of short lines (verse, a list) ends far left of its edge: then the next column is
  // anywhere within the widest column's reach to the right.
  const widest = Math.max(
    ...[...new Set(prev.body.map((b) => b.leaf))].map((leaf) => {
      const ls = prev.body.filter((b) => b.leaf === leaf).map((b) => b.line);
      return Math.max(...ls.map((l) => l.x + l.width)) - Math.min(...ls.map((l) => l.x));
    }),
  );
  const near = left > columnRight && left - columnLeft < 2 * widest + 3 * em;
  return (
    level && (beside || atPitch || near) && Math.abs(first.line.size - (lastColumn[0]?.size ?? 0)) < 0.1 * em
  );
}

function mergeColumns(regions: Region[], em: number): Region[] {
  const out: Region[] = [];
  for (const r of regions) {
    const prev = out.at(-1);
    if (prev && continuesColumns(prev, r, em)) {
      prev.body.push(...r.body);
      prev.rects.push(...r.rects);
    } else out.push(r);
  }
  return out;
}
