import { describe, expect, it } from 'vitest';
import { sampleOutcome } from '../../test-support/sample-outcome';
import { createAnnotation } from '../annotations/create-annotation';
import { listAnnotations } from '../annotations/list-annotations';
import { correctArticle } from '../corrections/correct-article';
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

describe('storePage re-import keeps the editor’s work', () => {
  const outcomeWith = (bodies: string[], headlines = ['头条新闻', '第二篇']) => {
    const o = sampleOutcome('sample.txt', headlines);
    bodies.forEach((b, i) => {
      o.parsed.articles[i]!.paragraphs = [b];
    });
    return o;
  };

  it('keeps corrected articles, updates others in place and re-anchors their annotations', () => {
    const { db } = openArchive(':memory:');
    const first = storePage(db, bytes('v1'), outcomeWith(['南通持续强化与上海的合作。', '第二篇的正文。']));
    const [a, b] = db.prepare('SELECT id FROM articles ORDER BY ordinal').pluck().all() as number[] as [
      number,
      number,
    ];
    correctArticle(db, { articleId: a, paragraphs: ['南通持续强化与上海、苏南的合作。'] });
    const note = createAnnotation(db, {
      articleId: b,
      start: 4,
      end: 6,
      exact: '正文',
      colour: 'yellow',
      note: '留',
    });
    if (!note.ok) throw new Error('create failed');

    const replaced = storePage(
      db,
      bytes('v2'),
      outcomeWith(['南通持续强化与上海的合作(新版)。', '修订:第二篇的正文。']),
    );
    expect(replaced).toMatchObject({ status: 'replaced', pageId: first.pageId, articles: 2 });
    expect(getArticle(db, { id: a })).toMatchObject({
      value: { paragraphs: ['南通持续强化与上海、苏南的合作。'] },
    });
    expect(getArticle(db, { id: b })).toMatchObject({ value: { paragraphs: ['修订:第二篇的正文。'] } });
    expect(listAnnotations(db, { view: 'active', limit: 10 })).toMatchObject({
      value: [{ id: note.value.id, articleId: b, start: 7, exact: '正文', note: '留' }],
    });
  });

  it('never deletes an annotated article that vanished from the new parse: its annotation is kept', () => {
    const { db } = openArchive(':memory:');
    storePage(db, bytes('v1'), sampleOutcome());
    const second = db.prepare('SELECT id FROM articles WHERE ordinal = 1').pluck().get() as number;
    createAnnotation(db, { articleId: second, start: 0, end: 3, exact: '第二篇', colour: 'blue' });
    const replaced = storePage(db, bytes('v2'), sampleOutcome('sample.txt', ['新头条']));
    expect(replaced).toMatchObject({ status: 'replaced', articles: 2 });
    expect(listLibrary(db)).toMatchObject({
      value: [{ articles: [{ headline: '新头条' }, { headline: '第二篇' }] }],
    });
    expect(listAnnotations(db, { view: 'active', limit: 10 })).toMatchObject({
      value: [{ articleId: second }],
    });
  });

  it('orphans rather than deletes an annotation whose words the new parse lost', () => {
    const { db } = openArchive(':memory:');
    storePage(db, bytes('v1'), outcomeWith(['上海电气集团恒羲光伏科技有限公司。', 'x']));
    const first = db.prepare('SELECT id FROM articles WHERE ordinal = 0').pluck().get() as number;
    createAnnotation(db, { articleId: first, start: 6, end: 12, exact: '恒羲光伏科技', colour: 'pink' });
    storePage(db, bytes('v2'), outcomeWith(['完全不同的一段文字。', 'x']));
    expect(listAnnotations(db, { view: 'orphans', limit: 10 })).toMatchObject({
      value: [{ articleId: first, exact: '恒羲光伏科技', status: 'orphan' }],
    });
  });
});
