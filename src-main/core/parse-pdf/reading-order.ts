/**
 * Reading order by recursive cuts (XY-cut), with the page's rules as walls. At each level the
 * strongest cut wins: a rule across the whole block, then a wide gutter, then a horizontal gap
 * wider than the leading, then a column gap. Rows of articles therefore come out row by row,
 * side-by-side articles one after the other (even when their heads line up), and an article's
 * columns left to right after its head.
 */
import { bottom, right, type Rect } from './pdf-content';

export interface Placed extends Rect {
  id: number;
  /** Set in head type: a gutter may not leave a head above its body on one side only. */
  head?: boolean;
}

/** What separates a leaf from the one before it. */
export type Boundary = 'rule' | 'gutter' | 'space' | 'column' | 'start';

export interface Leaf {
  ids: number[];
  boundary: Boundary;
  rect: Rect;
}

interface Gap {
  start: number;
  end: number;
}

function gaps(items: readonly Placed[], axis: 'x' | 'y'): Gap[] {
  const lo = (r: Rect): number => (axis === 'y' ? r.y : r.x);
  const hi = (r: Rect): number => (axis === 'y' ? bottom(r) : right(r));
  const sorted = [...items].sort((a, b) => lo(a) - lo(b));
  const out: Gap[] = [];
  let reach = -Infinity;
  for (const r of sorted) {
    if (reach > -Infinity && lo(r) > reach) out.push({ start: reach, end: lo(r) });
    reach = Math.max(reach, hi(r));
  }
  return out;
}

interface Cut {
  axis: 'x' | 'y';
  at: number;
  kind: Boundary;
}

/** A rule lying in the gap and running along (almost) the whole block. */
function ruledBy(gap: Gap, axis: 'x' | 'y', block: Rect, rules: readonly Rect[]): boolean {
  const along = axis === 'y' ? block.width : block.height;
  let covered = 0;
  for (const r of rules) {
    const across = axis === 'y' ? r.y + r.height / 2 : r.x + r.width / 2;
    if (across < gap.start - 1.5 || across > gap.end + 1.5) continue;
    const lo = axis === 'y' ? Math.max(r.x, block.x) : Math.max(r.y, block.y);
    const hi = axis === 'y' ? Math.min(right(r), right(block)) : Math.min(bottom(r), bottom(block));
    covered += Math.max(0, hi - lo);
  }
  return covered >= 0.8 * along;
}

/** Whether a rule running the other way crosses the gap inside the block (a wall between parts). */
function crossedBy(gap: Gap, axis: 'x' | 'y', block: Rect, rules: readonly Rect[]): boolean {
  const mid = (gap.start + gap.end) / 2;
  return rules.some((r) =>
    axis === 'y'
      ? r.height > r.width && r.y <= mid && bottom(r) >= mid && r.x > block.x + 2 && r.x < right(block) - 2
      : r.width > r.height && r.x <= mid && right(r) >= mid && r.y > block.y + 2 && r.y < bottom(block) - 2,
  );
}

function bounds(items: readonly Placed[]): Rect {
  const x = Math.min(...items.map((r) => r.x));
  const y = Math.min(...items.map((r) => r.y));
  return { x, y, width: Math.max(...items.map(right)) - x, height: Math.max(...items.map(bottom)) - y };
}

/**
 * A gutter between side-by-side articles has each side starting at the top. A "gutter" that leaves
 * one side starting lower, under a head on the other side, is the space beside a centred head:
 * cutting there would read a column before its headline.
 */
function levelParts(items: readonly Placed[], g: Gap, block: Rect, em: number): boolean {
  if (!items.some((r) => r.head)) return true;
  const mid = (g.start + g.end) / 2;
  const tops = [
    items.filter((r) => r.x + r.width / 2 < mid),
    items.filter((r) => r.x + r.width / 2 >= mid),
  ].map((part) => Math.min(...part.map((r) => r.y)));
  return tops.every((t) => t - block.y < 1.5 * em);
}

function bestCuts(items: readonly Placed[], rules: readonly Rect[], em: number): Cut[] {
  const block = bounds(items);
  const ys = gaps(items, 'y');
  const xs = gaps(items, 'x');
  const cuts = (g: Gap[], axis: 'x' | 'y', kind: Boundary): Cut[] =>
    g.map((x) => ({ axis, at: (x.start + x.end) / 2, kind }));
  const ruledY = ys.filter((g) => ruledBy(g, 'y', block, rules));
  if (ruledY.length > 0) return cuts(ruledY, 'y', 'rule');
  const ruledX = xs.filter((g) => ruledBy(g, 'x', block, rules));
  if (ruledX.length > 0) return cuts(ruledX, 'x', 'rule');
  const open = (g: Gap, axis: 'x' | 'y'): boolean => !crossedBy(g, axis, block, rules);
  const gutters = xs.filter(
    (g) => g.end - g.start >= 2 * em && open(g, 'x') && levelParts(items, g, block, em),
  );
  if (gutters.length > 0) return cuts(gutters, 'x', 'gutter');
  const spaces = ys.filter((g) => g.end - g.start >= 0.95 * em && open(g, 'y'));
  if (spaces.length > 0) return cuts(spaces, 'y', 'space');
  const columns = xs.filter((g) => g.end - g.start >= 0.5 * em && open(g, 'x'));
  return cuts(columns, 'x', 'column');
}

/**
 * Orders `items` (lines, figures) into leaves. `em` is the page's body type size; `rules` are the
 * thin lines drawn on the page.
 */
export function readingOrder(items: readonly Placed[], rules: readonly Rect[], em: number): Leaf[] {
  const leaves: Leaf[] = [];
  const visit = (group: readonly Placed[], boundary: Boundary): void => {
    const cuts = group.length > 1 ? bestCuts(group, rules, em) : [];
    if (cuts.length === 0) {
      const ordered = [...group].sort((a, b) => a.y + a.height - (b.y + b.height) || a.x - b.x);
      leaves.push({ ids: ordered.map((r) => r.id), boundary, rect: bounds(group) });
      return;
    }
    const axis = cuts[0]?.axis ?? 'y';
    const edges = [...cuts.map((c) => c.at), Infinity];
    const parts: Placed[][] = edges.map(() => []);
    for (const r of group) {
      const centre = axis === 'y' ? r.y + r.height / 2 : r.x + r.width / 2;
      parts[edges.findIndex((e) => centre < e)]?.push(r);
    }
    parts
      .filter((p) => p.length > 0)
      .forEach((p, n) => visit(p, n === 0 ? boundary : (cuts[0]?.kind ?? 'column')));
  };
  if (items.length > 0) visit(items, 'start');
  return leaves;
}
