/**
 * Blocks in reading order → rows of cells on a 12-unit grid. Each cell holds one block or a
 * stack of small ones. Reading order stays row by row, left to right, top to bottom in a stack:
 * the order a recursive horizontal-then-vertical cut of the page recovers.
 */
import type { ArticleBlock } from './page-blocks';
import type { Random } from './seeded-random';

export interface Cell {
  units: number;
  blocks: ArticleBlock[];
}

export type Row = Cell[];

function sizeOf(b: ArticleBlock): number {
  const body = b.paragraphs.reduce((n, p) => n + p.segments.reduce((m, s) => m + s.text.length, 0), 0);
  return body + (b.kind === 'photo' ? 300 : 0);
}

/** The narrowest cell (in units of 12) whose width keeps the headline on one line at 28pt. */
function minUnitsFor(b: ArticleBlock, contentMm: number): number {
  const headMm = (b.headline?.length ?? 0) * 28 * 0.3528;
  const bySize = sizeOf(b) > 1600 ? 8 : sizeOf(b) > 900 ? 6 : 3;
  const byHead = Math.ceil((headMm / contentMm) * 12 + 0.5);
  return Math.min(12, Math.max(bySize, byHead));
}

const PATTERNS: number[][] = [[12], [8, 4], [4, 8], [6, 6], [4, 4, 4], [3, 6, 3], [5, 7], [7, 5]];

export function planRows(blocks: ArticleBlock[], contentMm: number, rng: Random): Row[] {
  const rows: Row[] = [];
  let i = 0;
  while (i < blocks.length) {
    const first = blocks[i] as ArticleBlock;
    const need = minUnitsFor(first, contentMm);
    const fitting = PATTERNS.filter((p) => (p[0] ?? 0) >= need);
    const pattern = rng.pick(fitting.length > 0 ? fitting : [[12]]);
    const row: Row = [];
    for (const units of pattern) {
      const b = blocks[i];
      if (!b) break;
      if (row.length > 0 && minUnitsFor(b, contentMm) > units) break;
      const cell: Cell = { units, blocks: [b] };
      i++;
      // Small neighbours share a column, stacked, as briefs and photos often do.
      while (
        cell.blocks.length < 3 &&
        blocks[i] &&
        sizeOf(b) < 700 &&
        sizeOf(blocks[i] as ArticleBlock) < 500
      ) {
        if (!rng.chance(0.5) || minUnitsFor(blocks[i] as ArticleBlock, contentMm) > units) break;
        cell.blocks.push(blocks[i] as ArticleBlock);
        i++;
      }
      row.push(cell);
    }
    rows.push(row);
  }
  return rows;
}
