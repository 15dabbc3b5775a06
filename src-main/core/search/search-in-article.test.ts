import { describe, expect, it } from 'vitest';
import { searchInArticle } from './search-in-article';
import { addArticle, addPage, testArchive } from './test-archive';

describe('searchInArticle', () => {
  it('lists every occurrence in reading order with offsets into the original fields', () => {
    const db = testArchive();
    const a = {
      kicker: '吴新明督办提案',
      headline: '共建長江口協同區',
      bylines: [{ role: '记者', name: '吴新明' }],
      source: '晚报讯',
      paragraphs: ['市委书记吴新明调研。', '长江口,长江口!', '无关段落'],
    };
    const id = addArticle(db, addPage(db), a);
    const r = searchInArticle(db, { id, query: '吴新明 OR 长江口' });
    if (!r.ok) throw new Error(r.error.code);
    const text = (m: { field: string; index: number; start: number; end: number }): string => {
      const field =
        m.field === 'paragraph'
          ? a.paragraphs[m.index]!
          : m.field === 'byline'
            ? a.bylines[m.index]!.name
            : (a as unknown as Record<string, string>)[m.field]!;
      return field.slice(m.start, m.end);
    };
    expect(r.value.matches.map((m) => [m.field, m.index, text(m)])).toEqual([
      ['kicker', 0, '吴新明'],
      ['headline', 0, '長江口'],
      ['byline', 0, '吴新明'],
      ['paragraph', 0, '吴新明'],
      ['paragraph', 1, '长江口'],
      ['paragraph', 1, '长江口'],
    ]);
  });

  it('highlights a headline: term only in headline fields and ignores exclusions', () => {
    const db = testArchive();
    const id = addArticle(db, addPage(db), { headline: '南通新闻', paragraphs: ['南通 上海'] });
    const r = searchInArticle(db, { id, query: 'headline:南通 -北京' });
    expect(r.ok && r.value.matches.map((m) => m.field)).toEqual(['headline']);
  });

  it('reports a missing article and a bad query as typed errors', () => {
    const db = testArchive();
    expect(searchInArticle(db, { id: 99, query: '南通' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    const id = addArticle(db, addPage(db), { headline: 'x' });
    expect(searchInArticle(db, { id, query: '"' })).toMatchObject({
      ok: false,
      error: { code: 'bad-query' },
    });
  });
});
