/**
 * The column width a hard-wrapped line was set to, read from its neighbours. Widths differ
 * between articles on one page (a lead story across three columns, a brief in one), so the width
 * is the most common one among the nearby lines, not one number for the page.
 */
import type { WidthMeasure } from './line-width';
import type { SourceLine } from './source-lines';

const WINDOW = 10;
const MIN_COLUMN = 6;
export const MAX_COLUMN = 40;

/**
 * Lines a little below to a little above the width w count as set at w. Counted in characters
 * (a generator, OCR) a line is cut within one character of the width; typeset and measured in ems
 * (pdftotext), justification and half-width punctuation move it by up to two.
 */
export function nearWidth(width: number, w: number, measure: WidthMeasure = 'chars'): boolean {
  return measure === 'chars' ? width >= w - 1 && width <= w + 0.5 : width >= w - 2 && width <= w + 1;
}

/** Shape detection, cell splitting and unwrapping all ask for the same page's widths. */
const cache = new WeakMap<readonly SourceLine[], Partial<Record<WidthMeasure, (number | null)[]>>>();

export function localColumnWidths(lines: readonly SourceLine[], measure: WidthMeasure): (number | null)[] {
  const known = cache.get(lines)?.[measure];
  if (known) return known;
  const out = computeWidths(lines, measure);
  cache.set(lines, { ...cache.get(lines), [measure]: out });
  return out;
}

function computeWidths(lines: readonly SourceLine[], measure: WidthMeasure): (number | null)[] {
  const idx: number[] = [];
  lines.forEach((l, i) => {
    if (!l.blank) idx.push(i);
  });
  // Widths in half units (ems are multiples of ½), counted in a window that slides down the page.
  const halves = idx.map((i) => Math.round((lines[i]?.width[measure] ?? 0) * 2));
  const counted = (h: number) => h >= MIN_COLUMN * 2 && h <= (MAX_COLUMN + 1) * 2;
  const hist = new Map<number, number>();
  const bump = (h: number | undefined, by: number) => {
    if (h === undefined || !counted(h)) return;
    hist.set(h, (hist.get(h) ?? 0) + by);
  };
  // nearWidth(x, c) as a range of half units around the candidate c.
  const [below, above] = measure === 'chars' ? [2, 1] : [4, 2];
  const out: (number | null)[] = lines.map(() => null);
  let lo = 0;
  let hi = 0;
  idx.forEach((lineIndex, k) => {
    const wantHi = Math.min(halves.length, k + WINDOW + 1);
    for (; hi < wantHi; hi++) bump(halves[hi], 1);
    for (; lo < Math.max(0, k - WINDOW); lo++) bump(halves[lo], -1);
    let best: number | null = null;
    let bestScore = 1;
    const candidates = new Set<number>();
    for (const [h, n] of hist) if (n > 0) candidates.add(Math.ceil(h / 2));
    for (const cand of candidates) {
      let score = 0;
      for (let h = cand * 2 - below; h <= cand * 2 + above; h++) score += hist.get(h) ?? 0;
      if (score > bestScore || (score === bestScore && best !== null && cand > best)) {
        best = cand;
        bestScore = score;
      }
    }
    out[lineIndex] = best;
  });
  return out;
}
