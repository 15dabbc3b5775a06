import { describe, expect, it } from 'vitest';
import type { ParsedArticle, ParsedPage } from './parsed-page';
import { implausibility } from './page-plausibility';

const article = (paragraphs: string[]): ParsedArticle => ({
  kind: 'article',
  kicker: null,
  headline: '标题',
  subheadline: null,
  source: null,
  bylines: [],
  paragraphs,
  continued: null,
});
const page = (articles: ParsedArticle[]): ParsedPage => ({
  page: 'p.txt',
  encoding: 'utf-8',
  meta: { paper: null, date: null, pageLabel: null, section: null },
  articles,
  furniture: [],
  warnings: [],
});
const long = '这是一段足够长的正文，写满了一个完整的段落，讲清楚了事情的来龙去脉。'.repeat(3);

describe('implausible pages', () => {
  it('flags many items from a short page', () => {
    expect(implausibility(page(Array.from({ length: 13 }, () => article([long]))), 2000)).toMatch(/13 篇/);
  });
  it('flags a page whose items are mostly one short line', () => {
    const items = [article([long, long]), ...Array.from({ length: 6 }, () => article(['短短一行']))];
    expect(implausibility(page(items), 8000)).toMatch(/6\/7/);
  });
  it('passes a front page of short teasers', () => {
    const items = [
      article([long, long]),
      article([long]),
      ...Array.from({ length: 3 }, () => article(['详见第4版'])),
    ];
    expect(implausibility(page(items), 3000)).toBeNull();
  });
  it('passes an ordinary page', () => {
    expect(
      implausibility(page([article([long, long]), article([long]), article([long, long])]), 4000),
    ).toBeNull();
  });
});
