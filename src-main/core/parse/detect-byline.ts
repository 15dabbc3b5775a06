/**
 * Recognising bylines in every printed form:
 *   记者陆薇 通讯员陈尔灿 · 本报记者 王五 · 记者 陆 薇 · 张三/文 李四/摄 · 文/张三 · 记者 X 摄
 *   (记者 X) · □记者 X 通讯员 Y · 编辑:X · 本报评论员
 * A byline is a list of role words and person names; wrappers and separators (□ ( ) / : 、)
 * are returned as markup so conservation can account for them. Names are stored without spaces.
 */
import type { Span } from './parsed-page';
import { slicePiece, spanOf, stripWhitespace, trimPiece, type Piece } from './piece';
import { combine, mergeSingleCharNames, segmentAtoms, type Atom, type FoundByline } from './byline-atoms';
import { endsSentence, sentenceEndPositions, visibleLength } from './text-chars';
import { parseCredit, splitLeadingCredit } from './photo-credits';

export type { FoundByline } from './byline-atoms';

export interface BylineMatch {
  bylines: FoundByline[];
  markup: Span[];
}

/**
 * A bare name in parentheses ((陈静) under a brief, (赵文君) after wire copy) names whoever wrote
 * the item. Stored as 记者: on briefs and wires that is who it is in practice, and an editor
 * correcting a 通讯员 contribution by hand is cheaper than losing the name in the text.
 */
export const PAREN_NAME_ROLE = '记者';

/** Stored role of an author printed with no role word (□ 张三, a name under a 副刊 title). */
export const AUTHOR_ROLE = '文';
/** A bare name under a headline (PARSE-CONVENTIONS: `商  旸` → 作者). */
export const BARE_NAME_ROLE = '作者';

const SEPARATOR = /[\s、,\uFF0C;\uFF1B]+/gu;
const MAX_BYLINE_LENGTH = 40;

export interface BylineOptions {
  /** Role given to names printed without any role word (photo credits); null = reject them. */
  bareRole?: string | null;
  /**
   * Role for a bare name in parentheses at the end of a paragraph (…演练。(陈静)), used when
   * `bareRole` is null. Papers print the writer's name this way under briefs and wire copy.
   */
  parenRole?: string | null;
}

/** 本报评论员, 新华社评论员, 人民日报评论员: an institutional author with no personal name. */
const COLLECTIVE_AUTHOR = /^(?:本报|新华社|[\p{Script=Han}]{2,6}?(?:日报|晚报|报|社|网))?(?:特约)?评论员$/u;

function collectiveAuthor(piece: Piece): FoundByline | null {
  const name = stripWhitespace(piece.text);
  if (!COLLECTIVE_AUTHOR.test(name)) return null;
  // The whole text is the name; the stored role says what kind of author it is.
  return { role: '评论员', name, spans: [spanOf(piece)] };
}

/** Parses a piece that should be nothing but a byline; null when it is anything else. */
export function parseByline(raw: Piece, options: BylineOptions = {}): BylineMatch | null {
  // Length first: every body line is offered here, and trimming a long paragraph is not free.
  if (visibleLength(raw.text, MAX_BYLINE_LENGTH) > MAX_BYLINE_LENGTH) return null;
  let piece = trimPiece(raw);
  if (piece.text.length === 0) return null;
  const markup: Span[] = [];
  const lead = /^[□■]\s*/u.exec(piece.text);
  // □ 张 三 over an essay: the box marks an author, so a bare name after it is the writer.
  if (lead?.[0].startsWith('□') && options.bareRole == null) options = { ...options, bareRole: AUTHOR_ROLE };
  if (lead) {
    markup.push([piece.start, piece.start + 1]);
    piece = trimPiece(slicePiece(piece, lead[0].length));
  }
  if (/^[(\uFF08]/u.test(piece.text) && /[)\uFF09]$/u.test(piece.text)) {
    markup.push([piece.start, piece.start + 1], [piece.end - 1, piece.end]);
    piece = trimPiece(slicePiece(piece, 1, piece.text.length - 1));
  }
  const credited = photoCreditForms(piece, options);
  if (credited) return { bylines: credited.bylines, markup: [...markup, ...credited.markup] };
  const credit = parseCredit(piece);
  if (credit) return { bylines: [credit.byline], markup: [...markup, ...credit.markup] };
  const leading = splitLeadingCredit(piece);
  if (leading) {
    // 新华社发 张三 摄: the agency credit, then the photographer.
    const rest = parseByline(leading.rest, options);
    if (!rest) return null;
    const bylines = [leading.credit.byline, ...rest.bylines];
    return { bylines, markup: [...markup, ...leading.credit.markup, ...rest.markup] };
  }
  if (!/^[\p{Script=Han}\s、,\uFF0C;\uFF1B/\uFF0F:\uFF1A·\u30FB•]+$/u.test(piece.text)) return null;
  const collective = collectiveAuthor(piece);
  if (collective) return { bylines: [collective], markup };

  const atoms: Atom[] = [];
  let cursor = 0;
  for (const sep of piece.text.matchAll(SEPARATOR)) {
    const segmentAtomsOrNull = segmentAtoms(slicePiece(piece, cursor, sep.index), markup);
    if (!segmentAtomsOrNull) return null;
    atoms.push(...segmentAtomsOrNull);
    addSeparatorMarkup(piece.start + sep.index, sep[0], markup);
    cursor = sep.index + sep[0].length;
  }
  const tail = segmentAtoms(slicePiece(piece, cursor), markup);
  if (!tail) return null;
  atoms.push(...tail);
  const bylines = combine(mergeSingleCharNames(atoms), options.bareRole ?? null);
  return bylines ? { bylines, markup } : null;
}

/**
 * How national papers credit a photo: 图为本报记者荣翌摄 (the 图为 opener) and 卫宇升摄（人民视觉）
 * (the agency that distributed it, in brackets after 摄). Both are printed credit words, kept in
 * the photographer's byline spans.
 */
function photoCreditForms(piece: Piece, options: BylineOptions): BylineMatch | null {
  const opener = /^图为\s*/u.exec(piece.text);
  if (opener) {
    const rest = parseByline(slicePiece(piece, opener[0].length), options);
    const first = rest?.bylines[0];
    if (!rest || !first || !rest.bylines.every((b) => b.role === '摄影')) return null;
    first.spans.unshift([piece.start, piece.start + 2]);
    return rest;
  }
  const agency = /\s*[(\uFF08][^()\uFF08\uFF09]{2,12}[)\uFF09]$/u.exec(piece.text);
  if (agency && /摄$/u.test(piece.text.slice(0, agency.index))) {
    const rest = parseByline(slicePiece(piece, 0, agency.index), options);
    const last = rest?.bylines.at(-1);
    if (!rest || !last || !rest.bylines.every((b) => b.role === '摄影')) return null;
    last.spans.push([piece.start + agency.index, piece.end]);
    return rest;
  }
  return null;
}

function addSeparatorMarkup(start: number, sep: string, markup: Span[]): void {
  [...sep].forEach((c, i) => {
    if (/\S/u.test(c)) markup.push([start + i, start + i + 1]);
  });
}

export interface SplitByline {
  body: Piece;
  match: BylineMatch;
}

/**
 * A byline glued to the end of a paragraph: …作了回答。记者李彤 / …活动。(记者 张三) / …场所。翟慧勇.
 * Tries each sentence end in the last 40 characters and keeps the longest tail that parses.
 */
export function findTrailingByline(piece: Piece, options: BylineOptions = {}): SplitByline | null {
  const text = piece.text;
  const cuts = sentenceEndPositions(text, text.length - MAX_BYLINE_LENGTH - 5).filter(
    (p) => p < text.length && text.length - p <= MAX_BYLINE_LENGTH + 4,
  );
  const paren = /[(\uFF08][^(\uFF08]*[)\uFF09]$/u.exec(text);
  if (paren) cuts.push(paren.index);
  cuts.sort((a, b) => a - b);
  // …金益成(常熟) is a company's place name run into the text; a writer's bare name in
  // parentheses comes after the item's last sentence (…演练。(陈静)).
  const parenSigns = paren !== null && endsSentence(text.slice(0, paren.index));
  for (const cut of cuts) {
    if (cut === 0) continue;
    const atParen = cut === paren?.index;
    const bareRole =
      atParen && !parenSigns ? null : (options.bareRole ?? (atParen ? (options.parenRole ?? null) : null));
    const match = parseByline(slicePiece(piece, cut), { bareRole });
    if (match) return { body: trimPiece(slicePiece(piece, 0, cut)), match };
  }
  return null;
}

/**
 * □记者 张三 通讯员 李四 at the start of the body, possibly followed by the text on the same line.
 * Needs the □ (or a line of its own, or a source marker before it) because names would otherwise
 * run straight into the text; the byline must end at whitespace.
 */
export function findLeadingByline(
  piece: Piece,
  options: { needBox: boolean } = { needBox: true },
): { match: BylineMatch; rest: Piece } | null {
  if (options.needBox && !/^[□■]/u.test(piece.text)) return null;
  const gaps = [...piece.text.matchAll(/\s+/gu)].map((m) => m.index);
  gaps.push(piece.text.length);
  let best: { match: BylineMatch; rest: Piece } | null = null;
  for (const gap of gaps.slice(0, 10)) {
    const match = parseByline(slicePiece(piece, 0, gap));
    if (match) best = { match, rest: trimPiece(slicePiece(piece, gap)) };
  }
  return best;
}
