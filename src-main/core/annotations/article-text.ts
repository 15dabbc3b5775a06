/**
 * The one canonical text an annotation's selectors point into: the article's body paragraphs joined
 * by a blank line ("\n\n"). Kicker, headline, subheadline, source and bylines are not part of it, so
 * correcting a headline never moves a highlight. The renderer computes offsets the same way.
 */
export const PARAGRAPH_SEPARATOR = '\n\n';

export function canonicalText(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR);
}
