/**
 * Text runs → printed lines: runs on one baseline that touch, in reading order, with the spaces a
 * reader sees. Justified Chinese text is letter-spaced, and pdf.js reports those small gaps as
 * spaces ("的 雨 水 管 网"); they are not in the text and are removed. Runs far apart on one
 * baseline (neighbouring columns, header items spread across the page) stay separate lines.
 */
import type { Rect, TextRun } from './pdf-content';

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
/** A gap wider than this many ems between runs is a space a reader sees. */
const SPACE_EM = 0.25;

/**
 * "的 雨 水 管 网" → "的雨水管网". In a justified line every gap between two Chinese characters
 * widens alike, so where most of them read as spaces, they are letter-spacing: those spaces go,
 * except between two Latin letters or digits. A real space in such a line is wider than the
 * letter-spacing and reaches us as its own whitespace run, which `lineOf` turns back into a space.
 */
export function collapseLetterSpacing(text: string): string {
  const chars = [...text];
  const wide = (c: string | undefined): boolean => c !== undefined && c !== ' ' && !/[\x21-\x7e]/u.test(c);
  let spaced = 0;
  let tight = 0;
  chars.forEach((c, i) => {
    if (wide(c) && wide(chars[i + 1])) tight++;
    if (c === ' ' && wide(chars[i - 1]) && wide(chars[i + 1])) spaced++;
  });
  if (spaced < 2 || spaced < tight) return text;
  const ascii = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/u.test(c);
  return chars.filter((c, i) => c !== ' ' || (ascii(chars[i - 1]) && ascii(chars[i + 1]))).join('');
}

function dominant<K>(runs: FaceRun[], key: (r: FaceRun) => K): K {
  const weight = new Map<K, number>();
  for (const r of runs) weight.set(key(r), (weight.get(key(r)) ?? 0) + [...r.text].length);
  return [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] as K;
}

function lineOf(runs: FaceRun[], baseline: number): TextLine {
  let text = '';
  runs.forEach((r, i) => {
    const prev = runs[i - 1];
    const gap = prev ? r.x - (prev.x + prev.width) : 0;
    // Latin words are never letter-spaced apart, so even a narrow gap between them is a space.
    const latin = /[A-Za-z0-9]$/u.test(text) && /^[A-Za-z0-9]/u.test(r.text);
    const em = Math.min(r.size, prev?.size ?? r.size);
    if (prev && gap > (latin ? 0.1 : SPACE_EM) * em && !/ $/u.test(text)) text += ' ';
    text += r.text;
  });
  const size = dominant(runs, (r) => Math.round(r.size * 4) / 4);
  const x = Math.min(...runs.map((r) => r.x));
  const right = Math.max(...runs.map((r) => r.x + r.width));
  const maxSize = Math.max(...runs.map((r) => r.size));
  return {
    text: text.trim(),
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
  const cleaned: (FaceRun & { baseline: number })[] = runs
    .map((r) => ({ ...r, text: collapseLetterSpacing(r.text) }))
    .filter((r) => r.text.trim().length > 0);
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
