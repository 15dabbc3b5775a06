/**
 * A region written out as the text parser's own input: one head or paragraph per line, blank
 * lines between. The text parser then reads source markers, bylines, continuation notes, briefs
 * and photo credits by its rules; what the PDF makes certain (which lines are heads, where the
 * article ends) is enforced afterwards (reconcile-region.ts).
 */
import type { Span } from '../parse/parsed-page';

export interface RegionText {
  text: string;
  /** Where each head line (kicker, headline, subheadline, in that order, if present) sits in `text`. */
  heads: { role: 'kicker' | 'headline' | 'subheadline'; span: Span }[];
}

export function regionText(
  heads: { kicker: string | null; headline: string | null; subheadline: string | null },
  paragraphs: readonly string[],
): RegionText {
  const parts: string[] = [];
  const placed: RegionText['heads'] = [];
  let at = 0;
  const add = (s: string): Span => {
    const span: Span = [at, at + s.length];
    parts.push(s);
    at += s.length + 2;
    return span;
  };
  for (const role of ['kicker', 'headline', 'subheadline'] as const) {
    const value = heads[role];
    if (value) placed.push({ role, span: add(value) });
  }
  for (const p of paragraphs) add(p);
  return { text: parts.join('\n\n'), heads: placed };
}
