import type { Segment } from './article-segments';
import { normalizeText } from './normalize-text';
import type { TextTerm } from './parse-query';

export interface Range {
  start: number;
  end: number;
}

const fieldAllows = (term: TextTerm, segment: Segment): boolean =>
  term.field === 'any' ||
  (term.field === 'byline'
    ? segment.field === 'byline'
    : ['kicker', 'headline', 'subheadline'].includes(segment.field));

/**
 * Every occurrence of any term in one segment, as ranges of the ORIGINAL text, sorted and merged.
 * Matching happens on normalised text (the same the index saw), so 等級 lights up for 等级.
 */
export function findMatches(segment: Segment, terms: readonly TextTerm[]): Range[] {
  const wanted = terms.filter((t) => fieldAllows(t, segment));
  if (wanted.length === 0) return [];
  const n = normalizeText(segment.text);
  const found: Range[] = [];
  for (const term of wanted) {
    for (let at = n.text.indexOf(term.text); at >= 0; at = n.text.indexOf(term.text, at + 1)) {
      found.push({ start: n.starts[at]!, end: n.ends[at + term.text.length - 1]! });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Range[] = [];
  for (const r of found) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
