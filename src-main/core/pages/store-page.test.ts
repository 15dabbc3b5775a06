import { describe, expect, it } from 'vitest';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { openArchive } from '../db/open';
import { archiveStats } from './archive-stats';
import { getArticle } from './get-article';
import { listLibrary } from './list-library';
import { storePage } from './store-page';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('storePage', () => {
  it('stores a page with its articles and reads them back in page order', () => {
    const { db } = openArchive(':memory:');
    const stored = storePage(db, bytes('v1'), sampleOutcome());
    expect(stored).toMatchObject({ status: 'imported', articles: 2 });
    const library = listLibrary(db);
    if (!library.ok) throw new Error('library failed');
    expect(library.value).toHaveLength(1);
    expect(library.value[0]?.meta).toEqual({
      paper: '南通晚报',
      date: '2024-07-10',
      pageLabel: 'A1',
      section: '要闻',
    });
    expect(library.value[0]?.articles.map((a) => [a.ordinal, a.headline, a.kind])).toEqual([
      [0, '头条新闻', 'article'],
      [1, '第二篇', 'photo'],
    ]);
    const first = getArticle(db, { id: library.value[0]!.articles[0]!.id });
    expect(first.ok && first.value).toMatchObject({
      source: '晚报讯',
      bylines: [{ role: '记者', name: '张三' }],
      paragraphs: ['头条新闻的正文。'],
    });
  });

  it('is idempotent for the same content and replaces a changed file', () => {
    const { db } = openArchive(':memory:');
    const first = storePage(db, bytes('v1'), sampleOutcome());
    expect(storePage(db, bytes('v1'), sampleOutcome())).toMatchObject({
      status: 'unchanged',
      pageId: first.pageId,
    });
    expect(archiveStats(db)).toEqual({
      ok: true,
      value: { pages: 1, articles: 2, byKind: { article: 1, photo: 1, brief: 0 } },
    });
    const replaced = storePage(db, bytes('v2'), sampleOutcome('sample.txt', ['新头条']));
    expect(replaced).toMatchObject({ status: 'replaced', pageId: first.pageId, articles: 1 });
    expect(archiveStats(db)).toMatchObject({ value: { pages: 1, articles: 1 } });
  });

  it('stores nothing of a page when writing it fails midway', () => {
    const { db } = openArchive(':memory:');
    const outcome = sampleOutcome();
    // An invalid kind violates the CHECK constraint on the second article, after the page row went in.
    (outcome.parsed.articles[1] as { kind: string }).kind = 'poster';
    expect(() => storePage(db, bytes('v1'), outcome)).toThrow(/CHECK/);
    expect(archiveStats(db)).toMatchObject({ value: { pages: 0, articles: 0 } });
  });

  it('reports a missing article as not-found', () => {
    const { db } = openArchive(':memory:');
    expect(getArticle(db, { id: 99 })).toEqual({ ok: false, error: { code: 'not-found', detail: '#99' } });
  });
});
