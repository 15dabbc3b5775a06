/**
 * Text runs → printed lines: runs on one baseline that touch, in reading order, with the spaces a
 * reader sees. Justified Chinese text is letter-spaced, and pdf.js reports those small gaps as
 * spaces ("的 雨 水 管 网"); they are not in the text and are removed. Runs far apart on one
 * baseline (neighbouring columns, header items spread across the page) stay separate lines.
 */
import type { Rect, TextRun } from './pdf-content';
import { lineText } from './line-text';

export interface FaceRun {
  text: string;
  font: string;
  size: number;
  x: number;
  width: number;
}

export interface TextLine extends Rect {
  text: string;
  baseline: number;
  /** The line's type size: the size most of its characters are set in. */
  size: number;
  /** The face most of its characters are set in. */
  font: string;
  runs: FaceRun[];
}

/** Gaps wider than this many ems on one baseline separate columns or spread-out items… */
export const COLUMN_GAP_EM = 1.2;
/** …and gaps wider than this do where the rows around have a gap there too (a gutter). */
const NARROW_GAP_EM = 0.6;

function dominant<K>(runs: FaceRun[], key: (r: FaceRun) => K): K {
  const weight = new Map<K, number>();
  for (const r of runs) weight.set(key(r), (weight.get(key(r)) ?? 0) + [...r.text].length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as K;
}

function lineOf(runs: FaceRun[], baseline: number): TextLine {
  const text = lineText(runs);
  const size = dominant(runs, (r) => Math.round(r.size * 4) / 4);
  const x = Math.min(...runs.map((r) => r.x));
  const right = Math.max(...runs.map((r) => r.x + r.width));
  const maxSize = Math.max(...runs.map((r) => r.size));
  return {
    text,
    baseline,
    size,
    font: dominant(runs, (r) => r.font),
    runs,
    x,
    width: right - x,
    // The em box: most CJK faces put ~0.88 em above the baseline.
    y: baseline - 0.88 * maxSize,
    height: maxSize,
  };
}

type Placed = FaceRun & { baseline: number };

/** Runs whose baselines agree within a fraction of the type size share a row of the page. */
function rows(runs: readonly TextRun[]): Placed[][] {
  const cleaned: Placed[] = runs.filter((r) => r.text.trim().length > 0);
  cleaned.sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const out: Placed[][] = [];
  let i = 0;
  while (i < cleaned.length) {
    const first = cleaned[i] as Placed;
    const row: Placed[] = [];
    while (i < cleaned.length && Math.abs((cleaned[i]?.baseline ?? 0) - first.baseline) < 0.25 * first.size) {
      row.push(cleaned[i] as Placed);
      i++;
    }
    out.push(row.sort((a, b) => a.x - b.x));
  }
  return out;
}

/** The width of text running on without a gap (over `tight` ems) from run `i` in direction `step`. */
function solidWidth(row: readonly Placed[], i: number, step: 1 | -1, tight: number): number {
  const start = row[i];
  if (!start) return 0;
  let lo = start.x;
  let hi = start.x + start.width;
  for (let k = i + step; k >= 0 && k < row.length; k += step) {
    const r = row[k] as Placed;
    const gap = step === 1 ? r.x - hi : lo - (r.x + r.width);
    if (gap > tight * r.size) break;
    lo = Math.min(lo, r.x);
    hi = Math.max(hi, r.x + r.width);
  }
  return hi - lo;
}

/**
 * Whether `x` falls in a gap of `row` with a column's worth of text on both sides of it: a gutter,
 * not the space between two cells of a table.
 */
function gutterAt(row: readonly Placed[], x: number, em: number): boolean {
  if (row.some((r) => r.x < x && r.x + r.width > x)) return false;
  const right = row.findIndex((r) => r.x >= x);
  if (right <= 0) return false;
  return solidWidth(row, right - 1, -1, 0.5) >= 5 * em && solidWidth(row, right, 1, 0.5) >= 5 * em;
}

/**
 * Rows → lines, split where a row has a gap between columns. A gap over COLUMN_GAP_EM, or with a
 * vertical rule (`walls`) in it, always splits; a narrower one (columns set close, ~1 em) splits
 * only where a nearby row has a gap at the same place too: a gutter runs down the page, while a
 * wide space inside one line does not.
 */
export function textLines(runs: readonly TextRun[], walls: readonly Rect[] = []): TextLine[] {
  const all = rows(runs);
  const lines: TextLine[] = [];
  all.forEach((row, n) => {
    const near = all.filter(
      (o, m) =>
        m !== n && Math.abs((o[0]?.baseline ?? 0) - (row[0]?.baseline ?? 0)) < 3 * (row[0]?.size ?? 10),
    );
    let current: Placed[] = [];
    const flush = (): void => {
      if (current.length > 0) lines.push(lineOf(current, current[0]?.baseline ?? 0));
      current = [];
    };
    for (const r of row) {
      const prev = current.at(-1);
      if (prev) {
        const gapStart = prev.x + prev.width;
        const gap = r.x - gapStart;
        const em = Math.min(r.size, prev.size);
        const walled = walls.some(
          (w) =>
            w.x >= gapStart - 1 &&
            w.x <= r.x + 1 &&
            w.y <= r.baseline &&
            w.y + w.height >= r.baseline - r.size,
        );
        const mid = (gapStart + r.x) / 2;
        const gutter =
          gap > NARROW_GAP_EM * em && gutterAt(row, mid, em) && near.some((o) => gutterAt(o, mid, em));
        if (gap > COLUMN_GAP_EM * em || walled || gutter) flush();
      }
      current.push(r);
    }
    flush();
  });
  return lines;
}
