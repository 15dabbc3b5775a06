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
  return {
    parsed: {
      page,
      encoding: 'utf-8',
      meta: { paper: '南通晚报', date: '2024-07-10', pageLabel: 'A1', section: '要闻' },
      articles,
      furniture: [],
      warnings: [],
    },
    text: headlines.join('\n\n'),
    spans: [],
    furnitureSpans: [],
    shape: 'para',
  };
}
