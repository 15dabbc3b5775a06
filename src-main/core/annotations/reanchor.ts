import search from 'approx-string-match';
import type { Selector } from './selectors';
import { cleanBoundaries, mapEnd, mapStart, type Hunk } from './text-change';
import { prefixAgreement, similarity, suffixAgreement } from './text-similarity';

export type AnchorMethod = 'position' | 'context' | 'quote' | 'fuzzy';

export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Thresholds. They favour orphaning over guessing: an orphan is visible and re-attachable, while a
 * highlight on the wrong words silently misleads an editor.
 */
const QUOTE_CONTEXT_MIN = 0.5;
const UNIQUE_QUOTE_MIN_LENGTH = 8;
const FUZZY_MIN_SCORE = 0.8;
const FUZZY_MIN_QUOTE = 0.8;
const FUZZY_MAX_ERROR_RATE = 0.2;
const MAX_OCCURRENCES = 500;

/**
 * Finds where an annotation belongs in `text`, or null (orphan).
 * `hunks` is the diff that turned the annotation's text into `text` (known for corrections and
 * re-imports); `undefined` when the selectors' text is unknown (re-trying an orphan).
 * Order, as the issue asks: position (only if the quote still matches), exact quote near the old
 * place, fuzzy quote scored on quote, prefix, suffix and distance.
 */
export function reanchor(sel: Selector, text: string, hunks?: readonly Hunk[]): Anchor | null {
  const start = hunks ? mapStart(hunks, sel.start) : sel.start;
  const end = hunks ? mapEnd(hunks, sel.end) : sel.end;
  if (end > start && text.slice(start, end) === sel.exact) return { start, end, method: 'position' };
  if (hunks && end > start && cleanBoundaries(hunks, sel.start, sel.end) && framed(sel, text, start, end))
    return { start, end, method: 'context' };
  return quoteAnchor(sel, text, start) ?? fuzzyAnchor(sel, text, start);
}

/**
 * The edits happened strictly within the annotated passage (an OCR fix, a sentence added or
 * removed, two paragraphs joined) and both ends map exactly: the passage is whatever now lies
 * between them. A sanity check guards against a diff that aligned unrelated text: the old context
 * must still mostly frame it, or the quote must still mostly read the same.
 */
function framed(sel: Selector, text: string, start: number, end: number): boolean {
  return (
    contextScore(sel, text, start, end) >= QUOTE_CONTEXT_MIN ||
    similarity(text.slice(start, end), sel.exact) >= 0.5
  );
}

function contextScore(sel: Selector, text: string, start: number, end: number): number {
  const total = sel.prefix.length + sel.suffix.length;
  if (total === 0) return 1;
  return (
    (prefixAgreement(text, start, sel.prefix) * sel.prefix.length +
      suffixAgreement(text, end, sel.suffix) * sel.suffix.length) /
    total
  );
}

/** Every exact occurrence, best context first, nearest to the expected place on ties. */
function quoteAnchor(sel: Selector, text: string, expected: number): Anchor | null {
  if (sel.exact.length === 0) return null;
  let best: { start: number; context: number; distance: number } | null = null;
  let count = 0;
  for (
    let at = text.indexOf(sel.exact);
    at !== -1 && count < MAX_OCCURRENCES;
    at = text.indexOf(sel.exact, at + 1)
  ) {
    count++;
    const context = contextScore(sel, text, at, at + sel.exact.length);
    const distance = Math.abs(at - expected);
    if (!best || context > best.context || (context === best.context && distance < best.distance))
      best = { start: at, context, distance };
  }
  if (!best) return null;
  const unique = count === 1 && sel.exact.length >= UNIQUE_QUOTE_MIN_LENGTH;
  if (best.context < QUOTE_CONTEXT_MIN && !unique) return null;
  return { start: best.start, end: best.start + sel.exact.length, method: 'quote' };
}

function fuzzyAnchor(sel: Selector, text: string, expected: number): Anchor | null {
  // A two-character quote with one error matches half the article: too short to guess.
  if (sel.exact.length < 4) return null;
  const maxErrors = Math.max(1, Math.floor(sel.exact.length * FUZZY_MAX_ERROR_RATE));
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of search(text, sel.exact, maxErrors)) {
    const quote = 1 - m.errors / sel.exact.length;
    if (quote < FUZZY_MIN_QUOTE) continue;
    const before = text.slice(Math.max(0, m.start - sel.prefix.length), m.start);
    const after = text.slice(m.end, m.end + sel.suffix.length);
    const proximity = 1 - Math.min(1, Math.abs(m.start - expected) / Math.max(1, text.length));
    const score =
      0.5 * quote +
      0.2 * similarity(before, sel.prefix) +
      0.2 * similarity(after, sel.suffix) +
      0.1 * proximity;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && best.score >= FUZZY_MIN_SCORE ? { start: best.start, end: best.end, method: 'fuzzy' } : null;
}
