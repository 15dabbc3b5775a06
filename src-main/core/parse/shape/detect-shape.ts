/**
 * Which of the shapes newsroom tools print a page is in, read from the page alone:
 * - `para`: one paragraph or head per line (the sample page, most e-paper text exports);
 * - `wrapped`: every printed line its own line, cut at a column width (pdftotext, -raw, line OCR);
 * - `layout`: columns side by side, separated by runs of spaces (pdftotext -layout).
 */
import type { WidthMeasure } from './line-width';
import { MAX_COLUMN, localColumnWidths, nearWidth } from './column-width';
import type { SourceLine } from './source-lines';

import type { PageShape } from '../parsed-page';
export type { PageShape };

export interface ShapeReading {
  shape: PageShape;
  measure: WidthMeasure;
  /** Share of lines set at their local column width (0–1): how sure the reading is. */
  atColumn: number;
}

/** Two columns' text separated by a gutter: 3+ spaces between printed characters. */
const GUTTER = /\S[ \u00a0]{3,}\S|\S\u3000{2,}[ \u00a0]*\S/u;

export function detectShape(lines: readonly SourceLine[]): ShapeReading {
  const printed = lines.filter((l) => !l.blank);
  const wide = printed.filter((l) => l.width.chars >= 16);
  const gutters = wide.filter((l) => GUTTER.test(l.text.trim())).length;
  if (gutters >= 5 && gutters >= wide.length * 0.3) return { shape: 'layout', measure: 'chars', atColumn: 0 };

  const readings = (['chars', 'ems'] as const).map((measure) => {
    const widths = localColumnWidths(lines, measure);
    const at = lines.filter((l, i) => {
      const w = widths[i];
      return !l.blank && w != null && w <= MAX_COLUMN && nearWidth(l.width[measure], w);
    }).length;
    return { measure, at };
  });
  const best = readings.reduce((a, b) => (b.at > a.at ? b : a));
  const atColumn = printed.length === 0 ? 0 : best.at / printed.length;
  // In paragraph-per-line text, lines of equal width are chance: a few short heads and bylines.
  const wrapped = best.at >= 6 && atColumn >= 0.4;
  return { shape: wrapped ? 'wrapped' : 'para', measure: best.measure, atColumn };
}
