import type { ParsedArticle, ParseOutcome } from '../core/parse/parsed-page';

/** A small hand-made parse result, so store tests do not depend on the parser's heuristics. */
export function sampleOutcome(page = 'sample.txt', headlines = ['头条新闻', '第二篇']): ParseOutcome {
  const articles: ParsedArticle[] = headlines.map((headline, i) => ({
    kind: i === 1 ? 'photo' : 'article',
    kicker: null,
    headline,
    subheadline: null,
    source: i === 0 ? '晚报讯' : null,
    bylines: [{ role: '记者', name: '张三' }],
    paragraphs: [`${headline}的正文。`],
    continued: null,
  }));
  let givenText: string | null = null;
  return {
    parsed: {
      page,
      encoding: 'utf-8',
      meta: { paper: '南通晚报', date: '2024-07-10', pageLabel: 'A1', section: '要闻' },
      articles,
      furniture: [],
      warnings: [],
    },
    // Derived from the articles, as a real page's text is: tests that edit paragraphs before storing
    // get a page whose text changed too (storePage recognises same-text pages as duplicates).
    // A test may still set the text outright.
    get text() {
      return givenText ?? articles.map((a) => [a.headline, ...a.paragraphs].join('\n')).join('\n\n');
    },
    set text(value: string) {
      givenText = value;
    },
    spans: [],
    furnitureSpans: [],
    shape: 'para',
  };
}
