import type { Range } from './find-matches';

export interface Snippet {
  text: string;
  /** Offsets into `text`. */
  highlights: Range[];
}

const BEFORE = 24;
const LENGTH = 110;
const ELLIPSIS = '…';

const isLowSurrogate = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/**
 * A window of `text` around its first match, cut from the stored original (never from the index),
 * with highlight offsets shifted into the window.
 */
export function makeSnippet(text: string, matches: readonly Range[]): Snippet {
  const first = matches[0];
  let start = first ? Math.max(0, first.start - BEFORE) : 0;
  // Don't split a surrogate pair at the window edge.
  if (start > 0 && isLowSurrogate(text, start)) start--;
  let end = Math.min(text.length, Math.max(start + LENGTH, first ? first.end : 0));
  if (end < text.length && isLowSurrogate(text, end)) end++;
  const lead = start > 0 ? ELLIPSIS : '';
  const trail = end < text.length ? ELLIPSIS : '';
  const highlights = matches
    .filter((m) => m.end > start && m.start < end)
    .map((m) => ({
      start: Math.max(m.start, start) - start + lead.length,
      end: Math.min(m.end, end) - start + lead.length,
    }));
  return { text: lead + text.slice(start, end) + trail, highlights };
}
