import { Converter } from 'opencc-js/t2cn';

/**
 * Text as the index and the query compiler see it, with a map back to the original so a match
 * found in normalised text can be highlighted at its exact place in what the editor reads.
 * `starts[i]`/`ends[i]`: the original range that produced normalised code unit `i`.
 */
export interface NormalizedText {
  text: string;
  starts: number[];
  ends: number[];
}

/**
 * OCR output marks sub/superscripts as `PM_{2.5}`, `m^{2}`: fold them to their content so PM2.5
 * and m2 find them. Bounded length so a stray `_{` never swallows a paragraph.
 */
const OCR_MARKUP = /[_^]\{([^{}\n]{1,24})\}/y;

/** Per-code-point T→S: whole-phrase conversion would change lengths and break the offset map. */
const toSimplified = Converter({ from: 't', to: 'cn' });

// Memo per code point: normalising a 100k-article archive touches the same few thousand characters
// millions of times, and NFKC + opencc per call would dominate index build time.
const memo = new Map<number, string>();

/** NFKC, then lower case, then Traditional → Simplified, one original code point at a time. */
export function normalizeChar(cp: number): string {
  const cached = memo.get(cp);
  if (cached !== undefined) return cached;
  let out = '';
  for (const ch of String.fromCodePoint(cp).normalize('NFKC').toLowerCase()) {
    const simplified = toSimplified(ch);
    // Keep the character when the table would map one character to several: offsets stay 1:1.
    out += [...simplified].length === 1 ? simplified : ch;
  }
  // NFKC turns U+3000 and friends into plain spaces; any whitespace becomes one ' ' (see below).
  if (/^\s+$/u.test(out)) out = ' ';
  memo.set(cp, out);
  return out;
}

/**
 * Normalises `original`. Whitespace runs collapse to a single space, so a phrase that spans a
 * line break in the source still matches; the index relies on this (runs are separated by
 * exactly one space).
 */
export function normalizeText(original: string): NormalizedText {
  const starts: number[] = [];
  const ends: number[] = [];
  const text = walk(
    original,
    (start, end) => {
      starts.push(start);
      ends.push(end);
    },
    (end) => {
      ends[ends.length - 1] = end;
    },
  );
  return { text, starts, ends };
}

type Emit = (start: number, end: number) => void;
type Extend = (end: number) => void;

function walk(original: string, emit?: Emit, extend?: Extend): string {
  const out: string[] = [];
  let lastSpace = false;
  const push = (piece: string, start: number, end: number): void => {
    for (const ch of piece) {
      const space = ch === ' ';
      if (space && lastSpace) {
        // Extend the space already emitted so highlights stay contiguous.
        extend?.(end);
        continue;
      }
      lastSpace = space;
      out.push(ch);
      emit?.(start, end);
      // A non-BMP character is two code units: each maps to the same original range.
      if (ch.length === 2) emit?.(start, end);
    }
  };
  let i = 0;
  while (i < original.length) {
    const c = original.charCodeAt(i);
    if (c === 0x5f /* _ */ || c === 0x5e /* ^ */) {
      OCR_MARKUP.lastIndex = i;
      const m = OCR_MARKUP.exec(original);
      if (m?.[1] !== undefined) {
        const innerStart = i + 2;
        const markupEnd = i + m[0].length;
        let j = 0;
        for (const ch of m[1]) {
          const from = innerStart + j;
          const to = from + ch.length;
          // The first and last folded characters carry the markup, so a highlight covers `_{…}` whole.
          push(normalizeChar(ch.codePointAt(0)!), j === 0 ? i : from, to === markupEnd - 1 ? markupEnd : to);
          j += ch.length;
        }
        i = markupEnd;
        continue;
      }
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    push(normalizeChar(cp), i, i + width);
    i += width;
  }
  return out.join('');
}

/** Normalised text only, for the query side and for brute-force checks. */
export function normalize(original: string): string {
  return walk(original);
}

/** Original range covering normalised range [start, end). */
export function originalRange(n: NormalizedText, start: number, end: number): { start: number; end: number } {
  return { start: n.starts[start] ?? 0, end: n.ends[end - 1] ?? 0 };
}
