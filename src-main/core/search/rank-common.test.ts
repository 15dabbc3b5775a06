import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMON_MATCHES } from './rank-common';
import { countMatches, prepareQuery, rankedIds } from './search-articles';
import { addArticle, addPage, referenceOrder, testArchive, type TestArticle } from './test-archive';

/** rankedIds with the match count forced past the threshold, so a small archive takes the common-term path. */
function common(
  db: ReturnType<typeof testArchive>,
  query: string,
  limit = 100,
  offset = 0,
  total = COMMON_MATCHES + 1,
) {
  const c = prepareQuery(query);
  if (!c.ok) throw new Error(query);
  return rankedIds(db, c.value, limit, offset, total);
}

/** A claimed total far above the archive's: the order must not depend on the total given. */
const HUGE_TOTAL = 1e9;

function ranked(db: ReturnType<typeof testArchive>, query: string) {
  const c = prepareQuery(query);
  if (!c.ok) throw new Error(query);
  return { ids: rankedIds(db, c.value, 100, 0).map((r) => r.id), total: countMatches(db, c.value) };
}

describe('common-term ranking', () => {
  const db = testArchive();
  const old = addPage(db, '2023-01-01');
  const mid = addPage(db, '2024-01-01');
  const recent = addPage(db, '2024-06-01');
  const undated = addPage(db, null);
  const bodyRecent = addArticle(db, recent, { headline: '其他', paragraphs: ['南通的发展'] });
  const headOld = addArticle(db, old, { headline: '南通港', paragraphs: ['正文'] });
  const headMid = addArticle(db, mid, { headline: '南通新区', paragraphs: ['南通'], kind: 'photo' });
  const bodyOld = addArticle(db, old, { headline: '别的', paragraphs: ['南通与上海'] });
  const bodyUndated = addArticle(db, undated, { paragraphs: ['南通'] });
  const bylineOnly = addArticle(db, mid, { headline: '无关', bylines: [{ role: '记者', name: '南通' }] });
  addArticle(db, recent, { headline: '如皋', paragraphs: ['无关'] });

  it('puts headline hits first, then the rest, each newest page first (undated last)', () => {
    expect(common(db, '南通').map((r) => r.id)).toEqual([
      headMid,
      headOld,
      bodyRecent,
      bylineOnly,
      bodyOld,
      bodyUndated,
    ]);
    expect(common(db, '南通', 2, 1).map((r) => r.id)).toEqual([headOld, bodyRecent]);
    expect(common(db, '南通', 3).map((r) => r.rank)).toEqual([-1, -1, 0]);
    // The same page and scores whatever total the caller claims.
    expect(common(db, '南通', 2, 0, HUGE_TOTAL)).toEqual(common(db, '南通', 2, 0));
    expect(common(db, '南通', 2, 0, HUGE_TOTAL).map((r) => r.rank)).toEqual([-1, -1]);
  });

  it('selects exactly the set the bm25 path selects, exclusions and filters included', () => {
    for (const q of [
      '南通',
      '南',
      '南通 -上海',
      '南通 -港',
      'kind:photo 南通',
      '-kind:photo 南通',
      'headline:南通',
      '南通 OR 如皋',
    ]) {
      const want = ranked(db, q);
      const got = common(db, q).map((r) => r.id);
      expect(
        got.toSorted((a, b) => a - b),
        q,
      ).toEqual(want.ids.toSorted((a, b) => a - b));
      expect(got.length, q).toBe(want.total);
    }
  });

  it('sees articles written after an earlier common-term search', () => {
    const d = testArchive();
    const p = addPage(d, '2024-01-01');
    const first = addArticle(d, p, { paragraphs: ['长江'] });
    expect(common(d, '长江').map((r) => r.id)).toEqual([first]);
    const newer = addArticle(d, addPage(d, '2024-02-01'), { paragraphs: ['长江'] });
    expect(common(d, '长江').map((r) => r.id)).toEqual([newer, first]);
    d.prepare('UPDATE pages SET date = ? WHERE id = ?').run('2025-01-01', p);
    expect(common(d, '长江').map((r) => r.id)).toEqual([first, newer]);
  });
});

describe('common-term ranking against the reference order (generated corpora)', () => {
  const WORDS = ['南', '通', '南通', '江', '长江', '吴', 'ab'];
  const text = fc.array(fc.constantFrom(...WORDS, '，'), { maxLength: 12 }).map((p) => p.join(''));
  const article = fc.record({
    page: fc.nat(5),
    kind: fc.constantFrom('article' as const, 'photo' as const),
    headline: fc.option(text),
    paragraphs: fc.array(text, { maxLength: 2 }),
  });
  const word = fc.constantFrom(...WORDS);
  const query = fc.oneof(
    word,
    fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
    fc.tuple(word, word).map(([a, b]) => `${a} OR ${b}`),
    fc.tuple(word, word).map(([a, b]) => `${a} -${b}`),
    fc.tuple(word, word).map(([a, b]) => `"${a}${b}"`),
    word.map((a) => `headline:${a}`),
    word.map((a) => `kind:photo ${a}`),
    word.map((a) => `-kind:photo ${a}`),
  );
  // Few pages, shared and missing dates, so ties and the undated tail are exercised.
  const DATES = ['2024-01-01', '2024-06-01', '2024-06-01', null, '2023-12-31', null];

  it('returns exactly the reference ids, in order, for every page size and offset', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 40 }),
        fc.array(query, { minLength: 1, maxLength: 6 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 8 }), fc.nat(12)), { minLength: 1, maxLength: 4 }),
        (articles, queries, pages) => {
          const db = testArchive();
          const pageIds = DATES.map((d) => addPage(db, d));
          for (const a of articles) {
            const { page, ...rest } = a;
            addArticle(db, pageIds[page]!, rest satisfies TestArticle);
          }
          for (const q of queries) {
            const want = referenceOrder(db, q);
            // The whole list (headline hits do not fill it) and short pages (they often do).
            expect(
              common(db, q, 1000).map((r) => r.id),
              q,
            ).toEqual(want);
            for (const [limit, offset] of pages) {
              for (const total of [COMMON_MATCHES + 1, HUGE_TOTAL]) {
                const got = common(db, q, limit, offset, total);
                expect(
                  got.map((r) => r.id),
                  `${q} ${limit}@${offset} (total ${total})`,
                ).toEqual(want.slice(offset, offset + limit));
              }
            }
          }
          db.close();
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('common-term ranking across id blocks', () => {
  // Ids in three 4096-id blocks, each block's pages from any date: a back catalogue imported after
  // daily use, daily use after it, or both interleaved. walk-newest.ts reads blocks newest first.
  const article = fc.record({
    block: fc.constantFrom(0, 1, 2, 4),
    page: fc.nat(5),
    headline: fc.option(fc.constantFrom('南通', '长江', '南通长江')),
    paragraphs: fc.array(fc.constantFrom('南通', '江', '长江口'), { maxLength: 2 }),
  });
  const DATES = ['2024-01-01', '2024-06-01', '2023-12-31', null, '2022-05-05', '2024-06-01'];

  it('returns exactly the reference ids, in order, wherever the newest pages sit', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('南通', '江', '长江 -南通', 'kind:article 南'),
        fc.tuple(fc.integer({ min: 1, max: 6 }), fc.nat(8)),
        (articles, q, [limit, offset]) => {
          const db = testArchive();
          const pageIds = DATES.map((d) => addPage(db, d));
          articles.forEach(({ block, page, ...a }, i) =>
            addArticle(db, pageIds[page]!, { ...a, id: block * 4096 + 1 + i }),
          );
          const want = referenceOrder(db, q);
          expect(
            common(db, q, limit, offset).map((r) => r.id),
            q,
          ).toEqual(want.slice(offset, offset + limit));
          db.close();
        },
      ),
      { numRuns: 200 },
    );
  });
});
