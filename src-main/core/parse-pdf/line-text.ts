/**
 * The text of one printed line from its runs, with the spaces a reader sees and no others.
 *
 * Justified Chinese text is letter-spaced: every gap between two characters widens alike. pdf.js
 * reports such gaps as spaces inside a run ("的 雨 水") or, where each glyph is its own run (Type 3
 * fonts), as narrow whitespace runs between them. A real space is wider than the line's usual gap
 * by about a space's width. So the line's usual gap between Chinese characters is measured first,
 * and only a gap clearly wider than it is a space.
 */
import type { FaceRun } from './text-lines';

const wide = (c: string | undefined): boolean => c !== undefined && c !== ' ' && !/[\x21-\x7e]/u.test(c);
const word = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/u.test(c);

/** A real space is at least this much (in ems) wider than the line's usual gap; Latin words need less. */
const SPACE_EM = 0.15;
const LATIN_SPACE_EM = 0.1;

/** Letter-spaced text as one run: single spaces between most characters go, Latin word spaces stay. */
export function collapseLetterSpacing(text: string): string {
  return letterSpacedInline(text) ? dropInlineSpaces(text) : text;
}

function letterSpacedInline(text: string): boolean {
  const chars = [...text];
  let spaced = 0;
  let tight = 0;
  chars.forEach((c, i) => {
    if (wide(c) && wide(chars[i + 1])) tight++;
    if (c === ' ' && wide(chars[i - 1]) && wide(chars[i + 1])) spaced++;
  });
  return spaced >= 2 && spaced >= tight;
}

function dropInlineSpaces(text: string): string {
  const chars = [...text];
  return chars.filter((c, i) => c !== ' ' || (word(chars[i - 1]) && word(chars[i + 1]))).join('');
}

/** The lower quartile: the usual gap, even where a few real spaces are among the gaps measured. */
const lowerQuartile = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 4)] ?? 0;
};

export function lineText(runs: readonly FaceRun[]): string {
  const solid = runs.filter((r) => r.text.trim().length > 0);
  const gaps = solid.slice(1).map((r, i) => {
    const prev = solid[i] as FaceRun;
    return {
      em: (r.x - (prev.x + prev.width)) / Math.min(r.size, prev.size),
      left: [...prev.text.trimEnd()].at(-1),
      right: [...r.text.trimStart()][0],
    };
  });
  const between = gaps.filter((g) => wide(g.left) && wide(g.right)).map((g) => g.em);
  const usual = between.length >= 3 ? Math.max(0, lowerQuartile(between)) : 0;
  const inline = solid.map((r) => r.text).join('');
  const letterSpaced = usual >= 0.08 || letterSpacedInline(inline);
  let text = '';
  solid.forEach((r, i) => {
    const t = letterSpaced ? dropInlineSpaces(r.text) : r.text;
    const g = gaps[i - 1];
    if (g) {
      const need = word(g.left) && word(g.right) ? LATIN_SPACE_EM : SPACE_EM;
      if (g.em - usual >= need && !text.endsWith(' ') && !t.startsWith(' ')) text += ' ';
    }
    text += t;
  });
  return text.replace(/ {2,}/gu, ' ').trim();
}
