/**
 * A parse an editor should look at before trusting it. Real pages hold a handful of items; a page
 * cut into many one-line "articles" is the signature of text in a shape the parser misread (a
 * column layout, scrambled pdftotext output), and quietly importing it would scatter one article
 * over a dozen entries.
 */
import type { ParsedPage } from './parsed-page';

const MANY_ITEMS = 12;
const SHORT_PAGE = 3000;

/** Why the page looks wrong, or null when it looks like a newspaper page. */
export function implausibility(parsed: ParsedPage, textLength: number): string | null {
  const items = parsed.articles.length;
  if (items > MANY_ITEMS && textLength < SHORT_PAGE)
    return `${items} 篇出自不到 ${SHORT_PAGE} 字的版面,可能分错了 / ${items} items from under ${SHORT_PAGE} characters`;
  const oneLine = parsed.articles.filter(
    (a) => a.paragraphs.length <= 1 && (a.paragraphs[0] ?? '').length < 40,
  ).length;
  if (items >= 6 && oneLine / items > 0.6)
    return `${oneLine}/${items} 篇只有一行,可能把折行当成了文章 / most items are a single line`;
  return null;
}
