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

/** Gaps wider than this many ems on one baseline separate columns or spread-out items. */
export const COLUMN_GAP_EM = 1.2;

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

/**
 * `walls` are vertical rules: two runs on either side of one are never one line, however close.
 */
export function textLines(runs: readonly TextRun[], walls: readonly Rect[] = []): TextLine[] {
  const cleaned: (FaceRun & { baseline: number })[] = runs.filter((r) => r.text.trim().length > 0);
  cleaned.sort((a, b) => a.baseline - b.baseline || a.x - b.x);
  const lines: TextLine[] = [];
  let i = 0;
  while (i < cleaned.length) {
    const first = cleaned[i] as (typeof cleaned)[number];
    // Runs whose baselines agree within a fraction of the type size share a row of the page.
    const row: typeof cleaned = [];
    while (i < cleaned.length && Math.abs((cleaned[i]?.baseline ?? 0) - first.baseline) < 0.25 * first.size) {
      row.push(cleaned[i] as (typeof cleaned)[number]);
      i++;
    }
    row.sort((a, b) => a.x - b.x);
    let current: typeof cleaned = [];
    const flush = (): void => {
      if (current.length > 0) lines.push(lineOf(current, current[0]?.baseline ?? 0));
      current = [];
    };
    for (const r of row) {
      const prev = current.at(-1);
      if (prev) {
        const gapStart = prev.x + prev.width;
        const gap = r.x - gapStart;
        const walled = walls.some(
          (w) =>
            w.x >= gapStart - 1 &&
            w.x <= r.x + 1 &&
            w.y <= r.baseline &&
            w.y + w.height >= r.baseline - r.size,
        );
        if (gap > COLUMN_GAP_EM * Math.min(r.size, prev.size) || walled) flush();
      }
      current.push(r);
    }
    flush();
  }
  return lines;
}
