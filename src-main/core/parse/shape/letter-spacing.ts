/**
 * Justified newspaper lines and OCR often put a space between every character
 * (`外 出 务 工 。 2015`, `记 者 李 彤`). Such a line is read as if the spaces were not printed;
 * a line with only a few spaces (`精细评估  暖心服务`, `本报记者  王  伟`) is left alone, since
 * there the spaces separate words or pad names.
 */

const CJK_OR_PUNCT = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2010-\u2027]/u;

/** Indices (into `text`) of the single spaces that only letter-space the line. */
export function letterSpacingGaps(text: string): number[] {
  const chars = [...text.trim()];
  if (chars.length < 5) return [];
  const gaps: number[] = [];
  let visible = 0;
  let singleGaps = 0;
  let wideGaps = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c !== ' ') {
      if (c !== '\u3000' && c !== '\t') visible++;
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    if (prev === undefined || next === undefined || prev === ' ' || /\s/u.test(prev)) continue;
    if (next === ' ') {
      wideGaps++;
      continue;
    }
    if (/\s/u.test(next)) continue;
    singleGaps++;
    // Only spaces touching a CJK character or CJK punctuation are letter spacing; `GDP 5%` keeps its space.
    if (CJK_OR_PUNCT.test(prev) || CJK_OR_PUNCT.test(next)) gaps.push(i);
  }
  // Wide gaps between letter-spaced words (本 报 记 者  赵  兵) separate names; without single gaps
  // around them (本报记者  王  伟  陈思远) they only pad the names.
  if (visible < 3 || (wideGaps > 1 && singleGaps < 3)) return [];
  // Most characters must be spaced out: a headline with one word gap is not letter-spaced.
  return singleGaps >= Math.max(2, (visible - 1) * 0.5) ? gaps : [];
}
