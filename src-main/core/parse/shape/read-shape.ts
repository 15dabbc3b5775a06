/**
 * Stage 2 of the pipeline (decode → **shape** → lines → heads → bodies → items): bring any
 * input shape to paragraph-per-line text with a map back to the decoded page. Paragraph-per-line
 * text passes through untouched, so pages already in that shape parse exactly as before.
 */
import { err, ok, type Result } from '../../../result';
import { detectShape, type PageShape, type ShapeReading } from './detect-shape';
import { decideJoins, rewriteLines } from './unwrap-lines';
import { splitLayoutColumns } from './layout-columns';
import { RewriteMap } from './rewritten-text';
import { sourceLines } from './source-lines';
import { datelineBridges } from './dateline-bridges';
import { splitCellJoins } from './cell-joins';

export interface ShapedText {
  shape: PageShape;
  /** The text the parser reads, with the way back to the decoded page. */
  map: RewriteMap;
}

export function readShape(text: string, page: string, forced?: PageShape): Result<ShapedText> {
  const lines = sourceLines(text);
  const reading: ShapeReading = detectShape(lines);
  const shape = forced ?? reading.shape;
  if (shape === 'layout') {
    const columns = splitLayoutColumns(text);
    if (!columns) return err('layout-text', page);
    const inner = readShape(columns.text, page, forced === 'layout' ? undefined : forced);
    if (!inner.ok) return inner;
    return ok({ shape: 'layout', map: columns.compose(inner.value.map) });
  }
  const bridges = datelineBridges(lines);
  if (shape === 'para') {
    // Letter-spaced lines are read without their spaces in any shape.
    const noGaps = lines.every((l) => l.gaps.length === 0);
    if (noGaps && bridges.size === 0) return ok({ shape, map: identity(text) });
    return ok({ shape, map: rewriteLines(text, lines, bridges) });
  }
  const cells = splitCellJoins(lines, reading.measure);
  const { joined, spaced } = decideJoins(cells, reading.measure);
  for (const i of cells === lines ? bridges : datelineBridges(cells)) joined.add(i);
  return ok({ shape, map: rewriteLines(text, cells, joined, spaced) });
}

function identity(text: string): RewriteMap {
  return new RewriteMap(text, [], true);
}
