/**
 * Recognising bylines in every printed form:
 *   记者陆薇 通讯员陈尔灿 · 本报记者 王五 · 记者 陆 薇 · 张三/文 李四/摄 · 文/张三 · 记者 X 摄
 *   (记者 X) · □记者 X 通讯员 Y · 编辑:X
 * A byline is a list of role words and person names; wrappers and separators (□ ( ) / : 、)
 * are returned as markup so conservation can account for them. Names are stored without spaces.
 */
import type { Byline, Span } from './parsed-page';
import { slicePiece, spanOf, stripWhitespace, trimPiece, type Piece } from './piece';
import { isPersonName } from './person-name';
import { MULTI_CHAR_ROLE_WORDS, canonicalRole } from './byline-roles';
import { sentenceEndPositions, visibleLength } from './text-chars';

export interface FoundByline extends Byline {
  /** Role words and the name, as printed. */
  spans: Span[];
}

export interface BylineMatch {
  bylines: FoundByline[];
  markup: Span[];
}

type Atom =
  /** `position`: where the role sits relative to its name; 'either' for a bare 摄/文/图 token. */
  | { type: 'role'; role: string; span: Span; position: 'prefix' | 'suffix' | 'either' }
  | { type: 'name'; piece: Piece };

const SEPARATOR = /[\s、,\uFF0C;\uFF1B]+/gu;
const MAX_BYLINE_LENGTH = 40;

/** Splits one separator-free segment (记者陆薇, 张三/文, 编辑:李四, 王五摄) into atoms. */
function segmentAtoms(seg: Piece, markup: Span[]): Atom[] | null {
  const slash = /[/\uFF0F:\uFF1A]/u.exec(seg.text);
  if (slash) {
    const left = slicePiece(seg, 0, slash.index);
    const right = slicePiece(seg, slash.index + 1);
    markup.push([seg.start + slash.index, seg.start + slash.index + 1]);
    const leftRole = canonicalRole(left.text);
    const rightRole = canonicalRole(right.text);
    if (rightRole && left.text && !leftRole) {
      return [
        { type: 'name', piece: left },
        { type: 'role', role: rightRole, span: spanOf(right), position: 'suffix' },
      ];
    }
    if (leftRole && right.text && !rightRole) {
      return [
        { type: 'role', role: leftRole, span: spanOf(left), position: 'prefix' },
        { type: 'name', piece: right },
      ];
    }
    return null;
  }
  const whole = canonicalRole(seg.text);
  if (whole) {
    const position = seg.text.length === 1 ? 'either' : 'prefix';
    return [{ type: 'role', role: whole, span: spanOf(seg), position }];
  }

  const atoms: Atom[] = [];
  let gapStart = 0;
  let i = 0;
  const pushGap = (end: number): void => {
    if (end > gapStart) atoms.push({ type: 'name', piece: slicePiece(seg, gapStart, end) });
  };
  while (i < seg.text.length) {
    const word = MULTI_CHAR_ROLE_WORDS.find((w) => seg.text.startsWith(w, i));
    if (!word) {
      i++;
      continue;
    }
    pushGap(i);
    atoms.push({
      type: 'role',
      role: canonicalRole(word) ?? word,
      span: [seg.start + i, seg.start + i + word.length],
      position: 'prefix',
    });
    i += word.length;
    gapStart = i;
  }
  pushGap(seg.text.length);
  // 王五摄: a photographer credit glued to the name.
  const last = atoms.at(-1);
  if (last?.type === 'name' && last.piece.text.endsWith('摄') && last.piece.text.length >= 3) {
    const name = slicePiece(last.piece, 0, last.piece.text.length - 1);
    if (isPersonName(name.text)) {
      atoms.splice(
        -1,
        1,
        { type: 'name', piece: name },
        { type: 'role', role: '摄影', span: [name.end, name.end + 1], position: 'suffix' },
      );
    }
  }
  return atoms;
}

/** 陆 薇 is one name printed with a gap, not two one-character names. */
function mergeSingleCharNames(atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const atom of atoms) {
    const prev = out.at(-1);
    if (
      atom.type === 'name' &&
      prev?.type === 'name' &&
      [...prev.piece.text].length === 1 &&
      [...atom.piece.text].length === 1
    ) {
      out[out.length - 1] = {
        type: 'name',
        piece: { text: `${prev.piece.text}${atom.piece.text}`, start: prev.piece.start, end: atom.piece.end },
      };
    } else out.push(atom);
  }
  return out;
}

interface Draft {
  role: string | null;
  name: string;
  spans: Span[];
}

function combine(atoms: Atom[], bareRole: string | null): FoundByline[] | null {
  const drafts: Draft[] = [];
  // The prefix role word (记者 in 记者 张三 李四) applies to every following name; its span goes
  // to the first of them only, so each character is stored once.
  let prefixRole: string | null = null;
  let unusedPrefixSpan: Span | null = null;
  let open: Draft[] = [];
  for (const [index, atom] of atoms.entries()) {
    if (atom.type === 'name') {
      const d: Draft = { role: prefixRole, name: stripWhitespace(atom.piece.text), spans: [] };
      if (unusedPrefixSpan) d.spans.push(unusedPrefixSpan);
      unusedPrefixSpan = null;
      d.spans.push(spanOf(atom.piece));
      drafts.push(d);
      open.push(d);
      continue;
    }
    const actsAsSuffix =
      atom.position === 'suffix' || (atom.position === 'either' && atoms[index - 1]?.type === 'name');
    if (actsAsSuffix && open.length > 0) {
      // 记者 X 摄: the photo credit wins over the generic 记者.
      for (const d of open) if (d.role === null || atom.role === '摄影') d.role = atom.role;
      open.at(-1)?.spans.push(atom.span);
      open = [];
      prefixRole = null;
      continue;
    }
    if (unusedPrefixSpan) return null; // two role words in a row: not a byline
    prefixRole = atom.role;
    unusedPrefixSpan = atom.span;
    open = [];
  }
  if (unusedPrefixSpan || drafts.length === 0) return null;
  const out: FoundByline[] = [];
  for (const d of drafts) {
    const role = d.role ?? bareRole;
    if (!isPersonName(d.name) || role === null) return null;
    out.push({ role, name: d.name, spans: d.spans });
  }
  return out;
}

export interface BylineOptions {
  /** Role given to names printed without any role word (photo credits); null = reject them. */
  bareRole?: string | null;
}

/** Parses a piece that should be nothing but a byline; null when it is anything else. */
export function parseByline(raw: Piece, options: BylineOptions = {}): BylineMatch | null {
  // Length first: every body line is offered here, and trimming a long paragraph is not free.
  if (visibleLength(raw.text, MAX_BYLINE_LENGTH) > MAX_BYLINE_LENGTH) return null;
  let piece = trimPiece(raw);
  if (piece.text.length === 0) return null;
  const markup: Span[] = [];
  const lead = /^[□■]\s*/u.exec(piece.text);
  if (lead) {
    markup.push([piece.start, piece.start + 1]);
    piece = trimPiece(slicePiece(piece, lead[0].length));
  }
  if (/^[(\uFF08]/u.test(piece.text) && /[)\uFF09]$/u.test(piece.text)) {
    markup.push([piece.start, piece.start + 1], [piece.end - 1, piece.end]);
    piece = trimPiece(slicePiece(piece, 1, piece.text.length - 1));
  }
  if (!/^[\p{Script=Han}\s、,\uFF0C;\uFF1B/\uFF0F:\uFF1A·\u30FB•]+$/u.test(piece.text)) return null;

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
  for (const cut of cuts) {
    if (cut === 0) continue;
    const match = parseByline(slicePiece(piece, cut), options);
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
