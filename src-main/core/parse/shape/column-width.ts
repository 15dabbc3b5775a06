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

export function localColumnWidths(lines: readonly SourceLine[], measure: WidthMeasure): (number | null)[] {
  const idx = lines.flatMap((l, i) => (l.blank ? [] : [i]));
  const widths = idx.map((i) => lines[i]?.width[measure] ?? 0);
  const out: (number | null)[] = lines.map(() => null);
  idx.forEach((lineIndex, k) => {
    const lo = Math.max(0, k - WINDOW);
    const hi = Math.min(widths.length, k + WINDOW + 1);
    const near = widths.slice(lo, hi).filter((w) => w >= MIN_COLUMN && w <= MAX_COLUMN + 1);
    let best: number | null = null;
    let bestScore = 1;
    for (const cand of new Set(near.map((w) => Math.ceil(w)))) {
      const score = near.filter((w) => nearWidth(w, cand, measure)).length;
      if (score > bestScore || (score === bestScore && best !== null && cand > best)) {
        best = cand;
        bestScore = score;
      }
    }
    out[lineIndex] = best;
  });
  return out;
}
