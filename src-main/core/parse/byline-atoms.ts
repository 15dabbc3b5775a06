/**
 * The inside of a byline: a separator-free segment (记者陆薇, 张三/文, 编辑:李四, 王五摄) becomes
 * role and name atoms, and a sequence of atoms becomes bylines (a prefix role applies to every
 * following name, a suffix role such as 摄 to the names before it).
 */
import type { Byline, Span } from './parsed-page';
import { slicePiece, spanOf, stripWhitespace, type Piece } from './piece';
import { isNameAfterRole, isPersonName } from './person-name';
import { MULTI_CHAR_ROLE_WORDS, canonicalRole } from './byline-roles';

export interface FoundByline extends Byline {
  /** Role words and the name, as printed. */
  spans: Span[];
  /**
   * A picture credit naming no person (受访者供图, 资料图片, 新华社发): it tells where a photo came
   * from, so it places the photo, but it is nobody's byline (PARSE-CONVENTIONS) and is not stored
   * as one.
   */
  credit?: true;
}

export type Atom =
  /** `position`: where the role sits relative to its name; 'either' for a bare 摄/文/图 token. */
  | { type: 'role'; role: string; spans: Span[]; position: 'prefix' | 'suffix' | 'either' }
  | { type: 'name'; piece: Piece };

/** Splits one separator-free segment (记者陆薇, 张三/文, 编辑:李四, 王五摄) into atoms. */
export function segmentAtoms(seg: Piece, markup: Span[]): Atom[] | null {
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
        { type: 'role', role: rightRole, spans: [spanOf(right)], position: 'suffix' },
      ];
    }
    if (leftRole && right.text && !rightRole) {
      return [
        { type: 'role', role: leftRole, spans: [spanOf(left)], position: 'prefix' },
        { type: 'name', piece: right },
      ];
    }
    // 文/图 王五: one person credited for both text and pictures; stored as one combined role,
    // since the name is printed once and can only be stored once.
    if (leftRole && rightRole && leftRole !== rightRole) {
      const role = `${leftRole}/${rightRole}`;
      return [{ type: 'role', role, spans: [spanOf(left), spanOf(right)], position: 'either' }];
    }
    return null;
  }
  const whole = canonicalRole(seg.text);
  if (whole) {
    const position = seg.text.length === 1 ? 'either' : 'prefix';
    return [{ type: 'role', role: whole, spans: [spanOf(seg)], position }];
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
      spans: [[seg.start + i, seg.start + i + word.length]],
      position: 'prefix',
    });
    i += word.length;
    gapStart = i;
  }
  pushGap(seg.text.length);
  // 王五摄: a photographer credit glued to the name.
  const last = atoms.at(-1);
  // 程  焕摄: the second character of a padded two-character name, with the 摄 glued on; the
  // single character is merged with the one before it by mergeSingleCharNames.
  const padded = /^\p{Script=Han}摄$/u.test(last?.type === 'name' ? last.piece.text : '');
  if (last?.type === 'name' && last.piece.text.endsWith('摄') && (last.piece.text.length >= 3 || padded)) {
    const name = slicePiece(last.piece, 0, last.piece.text.length - 1);
    if (padded || isPersonName(name.text)) {
      atoms.splice(
        -1,
        1,
        { type: 'name', piece: name },
        { type: 'role', role: '摄影', spans: [[name.end, name.end + 1]], position: 'suffix' },
      );
    }
  }
  return atoms;
}

/** 陆 薇 is one name printed with a gap, not two one-character names. */
export function mergeSingleCharNames(atoms: Atom[]): Atom[] {
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

/**
 * 通讯员 credits are often a press office's short name rather than a person (崇公宣 = 崇川公安宣传,
 * 苏体宣): accepted only after a printed 通讯员, where nothing else could be meant.
 */
function isCreditName(name: string, printedRole: string | null): boolean {
  return printedRole === '通讯员' && /^\p{Script=Han}{1,4}宣$/u.test(name);
}

interface Draft {
  role: string | null;
  name: string;
  spans: Span[];
}

export function combine(atoms: Atom[], bareRole: string | null): FoundByline[] | null {
  const drafts: Draft[] = [];
  // The prefix role word (记者 in 记者 张三 李四) applies to every following name; its span goes
  // to the first of them only, so each character is stored once.
  let prefixRole: string | null = null;
  let unusedPrefixSpan: Span[] | null = null;
  let open: Draft[] = [];
  for (const [index, atom] of atoms.entries()) {
    if (atom.type === 'name') {
      const d: Draft = { role: prefixRole, name: stripWhitespace(atom.piece.text), spans: [] };
      if (unusedPrefixSpan) d.spans.push(...unusedPrefixSpan);
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
      open.at(-1)?.spans.push(...atom.spans);
      open = [];
      prefixRole = null;
      continue;
    }
    if (unusedPrefixSpan) return null; // two role words in a row: not a byline
    prefixRole = atom.role;
    unusedPrefixSpan = atom.spans;
    open = [];
  }
  if (unusedPrefixSpan || drafts.length === 0) return null;
  const out: FoundByline[] = [];
  for (const d of drafts) {
    const role = d.role ?? bareRole;
    const named =
      d.role === null ? isPersonName(d.name) : isNameAfterRole(d.name) || isCreditName(d.name, d.role);
    if (role === null || !named) return null;
    out.push({ role, name: d.name, spans: d.spans });
  }
  return out;
}
