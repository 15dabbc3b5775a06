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
      return !l.blank && w != null && w <= MAX_COLUMN && nearWidth(l.width[measure], w, measure);
    }).length;
    return { measure, at };
  });
  // Counting characters is the stricter test (one character of play against two ems): when it
  // explains nearly as many lines, the text was cut by count (a generator, OCR), not typeset.
  const [chars, ems] = readings;
  const best =
    chars && ems && chars.at >= 0.9 * ems.at ? chars : (ems ?? chars ?? { measure: 'chars' as const, at: 0 });
  const atColumn = printed.length === 0 ? 0 : best.at / printed.length;
  // In paragraph-per-line text, lines of equal width are chance: a few short heads and bylines.
  // Typeset columns vary more (narrow columns, justification), so a second sign counts too: most
  // text lines of a wrapped page stop mid-sentence, most paragraphs end one.
  const wrapped = (best.at >= 6 && atColumn >= 0.4) || (atColumn >= 0.2 && stopsMidSentence(lines) >= 0.6);
  return { shape: wrapped ? 'wrapped' : 'para', measure: best.measure, atColumn };
}

const SENTENCE_END = /[。！？!?…”」』）)]$/u;

/**
 * Share of text lines (12–45 characters) that stop mid-sentence with the next line right under
 * them; 0 when there are too few. In paragraph-per-line text a line that stops mid-sentence is a
 * column break, and a blank line follows it.
 */
function stopsMidSentence(lines: readonly SourceLine[]): number {
  let text = 0;
  let stops = 0;
  lines.forEach((l, i) => {
    if (l.blank || l.width.chars < 12 || l.width.chars > 45) return;
    text++;
    const next = lines[i + 1];
    if (next && !next.blank && !SENTENCE_END.test(l.read)) stops++;
  });
  return text < 8 ? 0 : stops / text;
}
