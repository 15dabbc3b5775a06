/**
 * Hard-wrapped text (pdftotext, line OCR, a generator cutting at the column width) → one
 * paragraph or head per line, the shape the rest of the parser reads. A line is joined to the
 * next when it runs to the column width (or to the width less a lost two-em indent, for a
 * paragraph's first line) and nothing says a new line starts: an indent, a byline, a source
 * marker, furniture. A short line ends its paragraph, title or byline. Blank lines are kept, so
 * the column-break rule downstream still sees them.
 */
import { classifyFurniture } from '../detect-furniture';
import { endsSentence } from '../text-chars';
import type { WidthMeasure } from './line-width';
import { localColumnWidths } from './column-width';
import { RewrittenText, type RewriteMap } from './rewritten-text';
import type { SourceLine } from './source-lines';

/** A whole line that is a byline: role words and names only. */
const BYLINE_LINE =
  /^[□■]?\s*(?:本报|新华社|人民日报)?(?:特约|见习|实习)?(?:记者|通讯员|实习生|摄影|评论员)(?:[\s\u3000]*[\p{Script=Han}·]{1,4}(?:[\s\u3000、]+[\p{Script=Han}·]{1,4})*)?$/u;
const ENDS_WITH_ROLE = /(?:记者|通讯员|实习生|摄影|摄|文|图)[\s\u3000]*$/u;
const SOURCE_START =
  /^[■●◆]?\s*(?:本报讯|晚报讯|快报讯|讯|(?:新华社|中新社|本报|\p{Script=Han}{1,6}?(?:日报|晚报|报社))\p{Script=Han}{0,8}?\d{1,2}月\d{1,2}日[电讯])/u;
/** …增长超过两倍. 记者 王 芳: the paragraph ended and its byline followed on the same line. */
const SIGNED_END =
  /(?:记者|記者|通讯员|通訊員|实习生)[\s\u3000]*[\p{Script=Han}](?:[\s\u3000]*[\p{Script=Han}]){1,3}$/u;
/** 本报杭州4月7 | 日电…: a dateline's first half starts a line of its own (dateline-bridges joins the rest). */
const DATELINE_START =
  /^(?:本报|新华社|中新社)\p{Script=Han}{0,10}?[0-9０-９]{1,2}(?:月(?:[0-9０-９]{1,2})?)?$/u;
/** Characters a typesetter never starts a line with: such a line continues the one above. */
const CONTINUES = /^[，。、；：？！,.;:?!”’」』）)》〉…%％]/u;

export interface UnwrapDecision {
  /** Index (into the source lines) of each line joined to the one after it. */
  joined: Set<number>;
  /** Of those, the lines whose join keeps a space: a byline's names go on after the break. */
  spaced: Set<number>;
}

/** A photo credit line (…摄, …供图, 资料图片, 图为…): its own line under the caption, never joined. */
const CREDIT_LINE = /(?:摄|摄[(\uFF08][^()\uFF08\uFF09]{1,12}[)\uFF09]|供图|资料图片|资料照片)$|^图为/u;
/** A name, or the last names of a byline the column cut (本报记者  荣  翌 | 巨云鹏). */
const NAMES_ONLY = /^[\p{Script=Han}·](?:[\s\u3000、]*[\p{Script=Han}·]){0,6}$/u;

interface PageHabits {
  measure: WidthMeasure;
  /** How far below the column width a line still counts as run to the edge. */
  tolerance: number;
  /** Paragraphs were indented in print and the indent is lost (pdftotext -raw): first lines are short by two. */
  lostIndent: number;
  indentsUsed: boolean;
}

function pageHabits(
  lines: readonly SourceLine[],
  widths: readonly (number | null)[],
  measure: WidthMeasure,
): PageHabits {
  let exact = 0;
  let near = 0;
  let shortStarts = 0;
  let fullStarts = 0;
  lines.forEach((line, i) => {
    const column = widths[i];
    if (line.blank || column == null) return;
    const w = line.width[measure];
    if (w >= column - 1 && w <= column) {
      near++;
      if (w === column) exact++;
    }
    // A paragraph's first line (after a blank or a short line) followed by a line run to the edge.
    const prev = lines[i - 1];
    const next = lines[i + 1];
    const play = measure === 'ems' ? 2 : 1;
    const starts = !prev || prev.blank || prev.width[measure] < column - play - 1;
    if (!starts || !next || next.blank || next.width[measure] < column - play) return;
    if (w >= column - play) fullStarts++;
    else if (w >= column - play - 2.5) shortStarts++;
  });
  const indentsUsed = lines.filter((l) => !l.blank && l.indented).length >= 3;
  return {
    measure,
    // Generated text is cut at exactly the width; counted text drifts by a character (by two where
    // OCR reads lines of irregular width), typeset text measured in ems by two (justification,
    // half-width punctuation).
    tolerance: near > 0 && exact / near >= 0.85 ? 0 : measure === 'ems' ? 2 : ocrDrift(lines, widths),
    lostIndent: !indentsUsed && shortStarts > fullStarts ? 2 : 0,
    indentsUsed,
  };
}

/**
 * How far short of the column width counted lines stop in mid-sentence: one character where a
 * tool cut them, two where OCR read a justified column line by line. Lines that stop mid-sentence
 * with more text right under them are the column's running lines.
 */
function ocrDrift(lines: readonly SourceLine[], widths: readonly (number | null)[]): number {
  let within1 = 0;
  let within2 = 0;
  lines.forEach((line, i) => {
    const column = widths[i];
    const next = lines[i + 1];
    if (line.blank || column == null || !next || next.blank || endsSentence(line.read)) return;
    const short = column - line.width.chars;
    if (short <= 1) within1++;
    if (short <= 2) within2++;
  });
  return within2 - within1 >= 3 && within1 < 0.9 * within2 ? 2 : 1;
}

export function decideJoins(lines: readonly SourceLine[], measure: WidthMeasure): UnwrapDecision {
  const widths = localColumnWidths(lines, measure);
  const habits = pageHabits(lines, widths, measure);
  const joined = new Set<number>();
  const spaced = new Set<number>();
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
      shouldJoin(line, next, lines[i + 2], widths[i] ?? null, paragraphStart, habits);
    if (joinNext) joined.add(i);
    // Wrapped at a name (short of the edge) the names go on after a space; cut at the edge, the
    // cut may fall inside a name (陈思 | 远) and the halves join with nothing.
    const cutAtEdge = (widths[i] ?? Infinity) - line.width[measure] <= habits.tolerance;
    if (joinNext && next && !cutAtEdge && BYLINE_LINE.test(line.read) && NAMES_ONLY.test(next.read))
      spaced.add(i);
    paragraphStart = !joinNext;
  }
  return { joined, spaced };
}

function shouldJoin(
  line: SourceLine,
  next: SourceLine,
  /** The line after next: a blank there makes next a column break's fragment. */
  afterNext: SourceLine | undefined,
  column: number | null,
  paragraphStart: boolean,
  habits: PageHabits,
): boolean {
  if (habits.indentsUsed && next.indented) return false;
  if (CONTINUES.test(next.read)) return true;
  // ——副题: a dash opening a line is a subhead under its headline, not the headline going on.
  if (next.read.startsWith('——')) return false;
  // An interview turn (问： / 答： / 记者： / 陈雨萱：) opens its own paragraph.
  if (INTERVIEW_TURN.test(next.read) || (endsSentence(line.read) && SPEAKER_TURN.test(next.read)))
    return false;
  // Bylines wrap at a name, not at the column edge: 本报记者  荣  翌 | 巨云鹏.
  if (BYLINE_LINE.test(line.read) && NAMES_ONLY.test(next.read) && [...next.read].length <= 6) return true;
  // 本报讯(记者 陈晓岚 通 | 讯员 周立新)…: a bracket left open is closed on the next line.
  if (opensBracket(line.read) && /^[^()（）]{0,16}[)）]/u.test(next.read)) return true;
  if (column === null) return false;
  const width = line.width[habits.measure];
  // 夜经济点亮城市烟火气 | ——老门东…, or a title over its byline: a whole line (not the rest of
  // a wrapped headline) that ends no sentence and is followed by head matter is a head of its own.
  if (
    afterNext &&
    next.width[habits.measure] >= column - habits.tolerance &&
    !endsSentence(next.read) &&
    startsHeadMatter(afterNext.read)
  )
    return false;
  // A line wider than the column is a head set across columns: its second line is joined by the
  // two-line headline rule downstream, not here.
  if (width > column + 1) return false;
  const lostIndent = paragraphStart && !line.indented ? habits.lostIndent : 0;
  const edge = column - habits.tolerance - lostIndent;
  // Typeset lines stopping mid-sentence a little short of the edge still go on when they hold
  // half-width characters (digits, Latin), which ems measure narrower than printed; a line of
  // ideographs short of the edge stopped (一、提前排查隐患).
  const runsOn =
    habits.measure === 'ems' &&
    HALF_WIDTH.test(line.read) &&
    width >= edge - 2 &&
    !endsSentence(line.read) &&
    !SIGNED_END.test(line.read);
  if (width < edge && !runsOn) return false;
  if (line.read.endsWith('——')) return false;
  // …整改到位。 | 滨江晨曲: after a finished sentence, a short line that finishes none is a title
  // or subhead, not the paragraph's last line.
  const nextShort = next.width[habits.measure] < column - habits.tolerance;
  if (/[。！？!?]$/u.test(line.read) && nextShort && !endsSentence(next.read) && !afterNext?.blank)
    return false;
  // …回顾2 | 02: the rest of a number, not a page number.
  const numberGoesOn = /[0-9]$/u.test(line.read) && /^[0-9]+$/u.test(next.read);
  if (classifyFurniture(line.read) || (!numberGoesOn && classifyFurniture(next.read))) return false;
  if (
    CREDIT_LINE.test(line.read) ||
    CREDIT_LINE.test(next.read) ||
    SOURCE_START.test(next.read) ||
    DATELINE_START.test(next.read)
  )
    return false;
  if (BYLINE_LINE.test(line.read)) return NAMES_ONLY.test(next.read) || ENDS_WITH_ROLE.test(line.read);
  if (BYLINE_LINE.test(next.read)) return false;
  return true;
}

/** A line that only follows a title: a ——副题, a source marker or dateline, a byline, an interview's first turn. */
function startsHeadMatter(text: string): boolean {
  return (
    text.startsWith('——') || SOURCE_START.test(text) || BYLINE_LINE.test(text) || INTERVIEW_TURN.test(text)
  );
}

const INTERVIEW_TURN = /^(?:问|答|记者|主持人)[:：]/u;
const SPEAKER_TURN = /^\p{Script=Han}{2,4}[:：]/u;

const HALF_WIDTH = /[\u0021-\u007e]/u;

function opensBracket(text: string): boolean {
  const open =
    text.lastIndexOf('(') > text.lastIndexOf(')') || text.lastIndexOf('（') > text.lastIndexOf('）');
  return open;
}

/** The rewritten text: joined lines become one, letter spacing and the joins' indents dropped. */
export function rewriteLines(
  text: string,
  lines: readonly SourceLine[],
  joined: ReadonlySet<number>,
  spaced: ReadonlySet<number> = new Set(),
): RewriteMap {
  const out = new RewrittenText();
  let joiningFromAbove = false;
  lines.forEach((line, i) => {
    const skip = new Set(line.gaps);
    let start = line.start;
    let end = line.end;
    if (joiningFromAbove) while (start < end && /\s/u.test(text[start] ?? '')) start++;
    // Trailing spaces go, unless two or more pad a dateline from the text (…日电  ).
    if (joined.has(i) && !/\S[ \u3000]{2,}$/u.test(line.text))
      while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
    out.copy(text, start, end, skip);
    if (spaced.has(i) && line.end < text.length) out.space(line.end);
    joiningFromAbove = joined.has(i);
    if (!joiningFromAbove && line.end < text.length) out.newline(line.end);
  });
  return out.finish(text.length);
}
