import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyTag } from '../tags/apply-tag';
import { filterFirst, rankFiltered } from './filter-first';
import { COMMON_MATCHES } from './rank-common';
import { countArticles, countMatches, prepareQuery, rankedIds, searchPage } from './search-articles';
import { addArticle, addPage, referenceOrder, testArchive } from './test-archive';

const WORDS = ['南', '通', '南通', '江', '长江', 'ab'];
const DATES = ['2024-01-01', '2024-06-01', '2024-06-15', null, '2023-12-31'];
const text = fc.array(fc.constantFrom(...WORDS, ','), { maxLength: 10 }).map((p) => p.join(''));
const article = fc.record({
  page: fc.nat(DATES.length - 1),
  kind: fc.constantFrom('article' as const, 'photo' as const, 'brief' as const),
  headline: fc.option(text),
  paragraphs: fc.array(text, { maxLength: 2 }),
  tags: fc.subarray(['经济', '经济/长三角', '人物']),
  bylines: fc.subarray([
    { role: '记者', name: '张明' },
    { role: '通讯员', name: '李华' },
  ]),
});
type ArticleSpec = typeof article extends fc.Arbitrary<infer T> ? T : never;
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
  'person:张明',
  '-person:李华',
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

function archiveOf(articles: ArticleSpec[]) {
  const db = testArchive();
  const pages = DATES.map((d) => addPage(db, d));
  for (const { page, tags, ...a } of articles) {
    const id = addArticle(db, pages[page]!, a);
    for (const tag of tags) applyTag(db, { tag, articleIds: [id] });
  }
  return db;
}

describe('filter-first search', () => {
  it('finds the same count and the same ranked page as the joined query, for any filters', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 40 }),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        fc.tuple(fc.integer({ min: 1, max: 8 }), fc.nat(10)),
        (articles, queries, [limit, offset]) => {
          const db = archiveOf(articles);
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
              estimated: false,
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

  it('walks for the page when the words match too much to read: reference order, exact or estimated total', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 40 }),
        fc.array(query, { minLength: 1, maxLength: 5 }),
        fc.tuple(fc.integer({ min: 1, max: 8 }), fc.nat(10)),
        fc.constantFrom(0, 1, 3, Infinity),
        (articles, queries, [limit, offset], materializeUpTo) => {
          const db = archiveOf(articles);
          for (const q of queries) {
            const c = prepareQuery(q);
            if (!c.ok) throw new Error(q);
            const want = referenceOrder(db, q);
            // Filters tested per id (0), read as marks when they have at most 1 or 3 ids (within the
            // other filters' bounds, too), or all read as marks (∞); the words never read whole.
            const got = searchPage(db, c.value, limit, offset, { readAllUpTo: -1, materializeUpTo });
            expect(
              got.ranked.map((r) => r.id),
              q,
            ).toEqual(want.slice(offset, offset + limit));
            if (got.estimated) expect(got.total, q).toBeGreaterThan(0);
            else expect(got.total, q).toBe(want.length);
          }
          db.close();
        },
      ),
      { numRuns: 120 },
    );
  });

  it('estimates the total of a walked page from the ids read, and search.count gives it exactly', () => {
    const db = testArchive();
    // 40 days of 15 articles, one in three a photo; every article has the word.
    const photos: number[] = [];
    for (let day = 1; day <= 40; day++) {
      const page = addPage(db, new Date(Date.UTC(2024, 0, day)).toISOString().slice(0, 10));
      for (let k = 0; k < 15; k++) {
        const kind = k % 3 === 0 ? 'photo' : 'article';
        const id = addArticle(db, page, { kind, paragraphs: [`长江第${k}段`] });
        if (kind === 'photo') photos.push(id);
      }
    }
    const q = prepareQuery('长江 kind:photo');
    if (!q.ok) throw new Error('query');
    const page = searchPage(db, q.value, 10, 0, { readAllUpTo: -1 });
    expect(page.estimated).toBe(true);
    // The newest ten photos, read from the top of the archive.
    expect(page.ranked.map((r) => r.id)).toEqual(photos.toReversed().slice(0, 10));
    expect(page.total).toBeGreaterThan(photos.length * 0.8);
    expect(page.total).toBeLessThan(photos.length * 1.25);
    expect(countArticles(db, { query: '长江 kind:photo' })).toEqual({
      ok: true,
      value: { total: photos.length },
    });
  });

  it("estimates from the share of the filter's own ids that matched, wherever the filter's ids lie", () => {
    const db = testArchive();
    // 3,000 articles with the word, a day of 30 each; the tag is sparse among the newest third
    // (every 50th) and dense among the older two thirds (every other one), as a tag an editor
    // applied to a back catalogue is. Extrapolating the newest ids' density would say ~60.
    const tagged: number[] = [];
    for (let day = 0; day < 100; day++) {
      const page = addPage(db, new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10));
      for (let k = 0; k < 30; k++) {
        const i = day * 30 + k;
        const id = addArticle(db, page, { paragraphs: [`长江第${i}段`] });
        if (i >= 2000 ? i % 50 === 0 : i % 2 === 0) tagged.push(id);
      }
    }
    applyTag(db, { tag: '航运', articleIds: tagged });
    const q = prepareQuery('长江 tag:航运');
    if (!q.ok) throw new Error('query');
    const page = searchPage(db, q.value, 10, 0, { readAllUpTo: -1 });
    expect(page.estimated).toBe(true);
    expect(page.ranked.map((r) => r.id)).toEqual(tagged.toReversed().slice(0, 10));
    expect(page.total).toBeGreaterThan(tagged.length * 0.8);
    expect(page.total).toBeLessThan(tagged.length * 1.25);
  });

  it('counts a word alone exactly up to a cap, and past it walks for the page and estimates', () => {
    const db = testArchive();
    for (let day = 1; day <= 20; day++) {
      const page = addPage(db, new Date(Date.UTC(2024, 2, day)).toISOString().slice(0, 10));
      for (let k = 0; k < 12; k++)
        addArticle(db, page, { headline: k === 3 ? '长江大桥' : `第${k}版`, paragraphs: [`长江第${k}段`] });
    }
    const q = prepareQuery('长江');
    if (!q.ok) throw new Error('query');
    const exact = searchPage(db, q.value, 10, 0);
    expect(exact).toMatchObject({ total: 240, estimated: false });
    const walked = searchPage(db, q.value, 10, 0, { countExactUpTo: 50 });
    expect(walked.estimated).toBe(true);
    expect(walked.total).toBeGreaterThan(50);
    expect(walked.total).toBeLessThan(240 * 1.3);
    // A large result's order (rank-common.ts): the twenty headline hits, newest first, then the rest.
    expect(walked.ranked.map((r) => r.id)).toEqual(referenceOrder(db, '长江').slice(0, 10));
    expect(searchPage(db, q.value, 10, 20, { countExactUpTo: 50 }).ranked.map((r) => r.id)).toEqual(
      referenceOrder(db, '长江').slice(20, 30),
    );
    expect(countArticles(db, { query: '长江' })).toEqual({ ok: true, value: { total: 240 } });
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
