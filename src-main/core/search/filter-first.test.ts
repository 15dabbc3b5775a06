import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTag } from '../tags/apply-tag';
import { filterFirst, rankFiltered } from './filter-first';
import { COMMON_MATCHES } from './rank-common';
import { countMatches, prepareQuery, rankedIds, searchPage } from './search-articles';
import { addArticle, addPage, testArchive } from './test-archive';

const WORDS = ['南', '通', '南通', '江', '长江', 'ab'];
const DATES = ['2024-01-01', '2024-06-01', '2024-06-15', null, '2023-12-31'];
const text = fc.array(fc.constantFrom(...WORDS, ','), { maxLength: 10 }).map((p) => p.join(''));
const article = fc.record({
  page: fc.nat(DATES.length - 1),
  kind: fc.constantFrom('article' as const, 'photo' as const, 'brief' as const),
  headline: fc.option(text),
  paragraphs: fc.array(text, { maxLength: 2 }),
  tags: fc.subarray(['经济', '经济/长三角', '人物']),
});
const word = fc.constantFrom(...WORDS);
const filter = fc.constantFrom(
  'date:2024-06',
  'date:2024',
  'date:2023-12..2024-01',
  'kind:photo',
  '-kind:brief',
  'tag:经济',
  'tag:人物',
  '-tag:经济/长三角',
  '-tag:人物',
);
const query = fc
  .tuple(
    fc.oneof(
      word,
      fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
      fc.tuple(word, word).map(([a, b]) => `${a} OR ${b}`),
      fc.tuple(word, word).map(([a, b]) => `${a} -${b}`),
    ),
    fc.array(filter, { minLength: 1, maxLength: 3 }),
  )
  .map(([words, filters]) => [words, ...filters].join(' '));

describe('filter-first search', () => {
  it('finds the same count and the same ranked page as the joined query, for any filters', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 40 }),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        fc.tuple(fc.integer({ min: 1, max: 8 }), fc.nat(10)),
        (articles, queries, [limit, offset]) => {
          const db = testArchive();
          const pages = DATES.map((d) => addPage(db, d));
          for (const { page, tags, ...a } of articles) {
            const id = addArticle(db, pages[page]!, a);
            for (const tag of tags) applyTag(db, { tag, articleIds: [id] });
          }
          for (const q of queries) {
            const c = prepareQuery(q);
            if (!c.ok) throw new Error(q);
            const total = countMatches(db, c.value);
            const found = filterFirst(db, c.value);
            expect(found?.ids.length, q).toBe(total);
            // bm25 order, as the joined query ranks a small result.
            expect(searchPage(db, c.value, limit, offset), q).toEqual({
              total,
              ranked: rankedIds(db, c.value, limit, offset, total),
            });
            // Headline hits then newest, as rank-common orders a large one.
            expect(rankFiltered(db, c.value, found!, limit, offset, 0), q).toEqual(
              rankedIds(db, c.value, limit, offset, COMMON_MATCHES + 1),
            );
          }
          db.close();
        },
      ),
      { numRuns: 120 },
    );
  });

  it('breaks bm25 ties by newer page, then by higher id, as the joined query does', () => {
    const db = testArchive();
    const older = addPage(db, '2024-06-01');
    const newer = addPage(db, '2024-06-20');
    const twin = { headline: '长江', paragraphs: ['南通'] };
    const [a, b, c] = [addArticle(db, older, twin), addArticle(db, older, twin), addArticle(db, newer, twin)];
    const q = prepareQuery('南通 date:2024-06');
    if (!q.ok) throw new Error('query');
    expect(searchPage(db, q.value, 10, 0).ranked.map((r) => r.id)).toEqual([c, b, a]);
  });

  it('leaves queries without words or without filters to the plain paths', () => {
    const db = testArchive();
    for (const q of ['南通', 'date:2024', 'kind:photo -tag:经济', '南通 -江'])
      expect(filterFirst(db, (prepareQuery(q) as { ok: true; value: never }).value), q).toBeNull();
  });
});
