/**
 * Hard-wrapped text (pdftotext, line OCR, a generator cutting at the column width) → one
 * paragraph or head per line, the shape the rest of the parser reads. A line is joined to the
 * next when it runs to the column width (or to the width less a lost two-em indent, for a
 * paragraph's first line) and nothing says a new line starts: an indent, a byline, a source
 * marker, furniture. A short line ends its paragraph, title or byline. Blank lines are kept, so
 * the column-break rule downstream still sees them.
 */
import { classifyFurniture } from '../detect-furniture';
import type { WidthMeasure } from './line-width';
import { localColumnWidths } from './column-width';
import { RewrittenText, type RewriteMap } from './rewritten-text';
import type { SourceLine } from './source-lines';

/** A whole line that is a byline: role words and names only. */
const BYLINE_LINE =
  /^[□■]?\s*(?:本报|新华社|人民日报)?(?:特约|见习|实习)?(?:记者|通讯员|实习生|摄影|评论员)(?:[\s\u3000]*[\p{Script=Han}·]{1,4}(?:[\s\u3000、]+[\p{Script=Han}·]{1,4})*)?$/u;
const ENDS_WITH_ROLE = /(?:记者|通讯员|实习生|摄影|摄|文|图)[\s\u3000]*$/u;
const SOURCE_START =
  /^[■●◆]?\s*(?:本报讯|晚报讯|快报讯|讯|新华社[\p{Script=Han}]{0,8}\d{1,2}月\d{1,2}日电|本报[\p{Script=Han}]{0,8}\d{1,2}月\d{1,2}日电)/u;
/** Characters a typesetter never starts a line with: such a line continues the one above. */
const CONTINUES = /^[，。、；：？！,.;:?!”’」』）)》〉…—%％]/u;

export interface UnwrapDecision {
  /** Index (into the source lines) of each line joined to the one after it. */
  joined: Set<number>;
}

export function decideJoins(lines: readonly SourceLine[], measure: WidthMeasure): UnwrapDecision {
  const widths = localColumnWidths(lines, measure);
  const indentsUsed = lines.filter((l) => !l.blank && l.indented).length >= 3;
  const joined = new Set<number>();
  let paragraphStart = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (!line || line.blank) {
      paragraphStart = true;
      continue;
    }
    const joinNext: boolean =
      next !== undefined &&
      !next.blank &&
      shouldJoin(line, next, widths[i] ?? null, paragraphStart, indentsUsed, measure);
    if (joinNext) joined.add(i);
    paragraphStart = !joinNext;
  }
  return { joined };
}

function shouldJoin(
  line: SourceLine,
  next: SourceLine,
  column: number | null,
  paragraphStart: boolean,
  indentsUsed: boolean,
  measure: WidthMeasure,
): boolean {
  if (indentsUsed && next.indented) return false;
  if (CONTINUES.test(next.read)) return true;
  if (column === null) return false;
  const width = line.width[measure];
  // A line wider than the column is a head set across columns: its second line is joined by the
  // two-line headline rule downstream, not here.
  if (width > column + 1) return false;
  const lostIndent = paragraphStart && !line.indented && !indentsUsed ? 2 : 0;
  if (width < column - 1 - lostIndent) return false;
  if (line.read.endsWith('——')) return false;
  if (classifyFurniture(line.read) || classifyFurniture(next.read)) return false;
  if (BYLINE_LINE.test(line.read) && !ENDS_WITH_ROLE.test(line.read)) return false;
  if (BYLINE_LINE.test(next.read) || SOURCE_START.test(next.read)) return false;
  return true;
}

/** The rewritten text: joined lines become one, letter spacing and the joins' indents dropped. */
export function rewriteLines(
  text: string,
  lines: readonly SourceLine[],
  joined: ReadonlySet<number>,
): RewriteMap {
  const out = new RewrittenText();
  let joiningFromAbove = false;
  lines.forEach((line, i) => {
    const skip = new Set(line.gaps);
    let start = line.start;
    let end = line.end;
    if (joiningFromAbove) while (start < end && /\s/u.test(text[start] ?? '')) start++;
    if (joined.has(i)) while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
    out.copy(text, start, end, skip);
    joiningFromAbove = joined.has(i);
    if (!joiningFromAbove && line.end < text.length) out.newline(line.end);
  });
  return out.finish(text.length);
}
