import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { applyTag } from '../tags/apply-tag';
import { searchArticles } from './search-articles';
import { addArticle, addPage, bruteForce, testArchive, type TestArticle } from './test-archive';

/** All matching ids (paging through), sorted, for comparison with the oracle. */
function ids(db: Db, query: string): number[] {
  const out: number[] = [];
  for (let offset = 0; ; offset += 500) {
    const r = searchArticles(db, { query, limit: 500, offset });
    if (!r.ok) throw new Error(`${query}: ${r.error.code} ${r.error.detail ?? ''}`);
    out.push(...r.value.hits.map((h) => h.id));
    if (r.value.hits.length < 500) {
      expect(r.value.total).toBe(out.length);
      return out.sort((a, b) => a - b);
    }
  }
}

// A small alphabet so random queries hit often: Han (with a Traditional/Simplified pair),
// Latin in both widths and cases, digits, punctuation, OCR markup and spaces.
const PIECES = [...'南通吴新明政协等級级长江口aAＢb1２3.,、“”'.split(''), 'PM_{2.5}', 'm^{2}', ' ', '\u3000'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const article: fc.Arbitrary<TestArticle> = fc.record({
  headline: fc.option(text),
  kicker: fc.option(text),
  source: fc.option(text),
  bylines: fc.array(fc.record({ role: fc.constant('记者'), name: text }), { maxLength: 2 }),
  paragraphs: fc.array(text, { maxLength: 3 }),
});
// Plain queries: no spaces and none of the syntax characters (" - * :), 1 to 6 characters.
const QUERY_CHARS = '南通吴新明政协等級级长江口aAＢb1２3.,、“”_{}^PM'.split('');
const plainQuery = fc
  .array(fc.constantFrom(...QUERY_CHARS), { minLength: 1, maxLength: 6 })
  .map((p) => p.join(''));

function archiveOf(articles: TestArticle[]): Db {
  const db = testArchive();
  const page = addPage(db, '2024-07-10');
  for (const a of articles) addArticle(db, page, a);
  return db;
}

describe('searchArticles recall', () => {
  it('finds exactly the articles whose normalised text contains a plain query (generated corpora)', () => {
    fc.assert(
      fc.property(
        fc.array(article, { minLength: 1, maxLength: 12 }),
        fc.array(plainQuery, { minLength: 1, maxLength: 8 }),
        (articles, queries) => {
          const db = archiveOf(articles);
          for (const q of queries) expect(ids(db, q)).toEqual(bruteForce(db, [q]));
          // Two words: AND.
          const [a, b] = queries;
          if (a && b) expect(ids(db, `${a} ${b}`)).toEqual(bruteForce(db, [a, b]));
          db.close();
        },
      ),
      { numRuns: 150 },
    );
  });

  it('finds exactly what a substring scan finds for every 1–5 character slice of the seed page', () => {
    const seed = readFileSync(new URL('../../../seeds/000_3497fb0fb16c1ff0.txt', import.meta.url), 'utf8');
    const paragraphs = seed.split(/\n\s*\n/).filter((p) => p.trim());
    const db = testArchive();
    const page = addPage(db);
    // One article per paragraph so different queries select different subsets.
    paragraphs.forEach((p, i) => addArticle(db, page, i % 3 === 0 ? { headline: p } : { paragraphs: [p] }));
    const flat = paragraphs.join('').replace(/[\s"*:：-]/g, '');
    const queries = new Set<string>();
    for (let len = 1; len <= 5; len++)
      for (let at = 0; at + len <= flat.length; at += 7 + len) queries.add(flat.slice(at, at + len));
    queries
      .add('吴新明')
      .add('南通')
      .add('政协')
      .add('吴')
      .add('黄巍东')
      .add('PM2.5')
      .add('pm2.5')
      .add('PM_{2.5}');
    for (const q of queries) expect(ids(db, q), q).toEqual(bruteForce(db, [q]));
    expect(ids(db, '吴新明').length).toBeGreaterThan(0);
    expect(ids(db, 'PM2.5')).toEqual(ids(db, 'PM_{2.5}'));
  });

  it('matches Traditional and Simplified both ways, and full-width Latin', () => {
    const db = archiveOf([
      { paragraphs: ['社会组织等级评估'] },
      { paragraphs: ['評估等級'] },
      { paragraphs: ['ＰＭ２．５'] },
    ]);
    expect(ids(db, '等級')).toEqual([1, 2]);
    expect(ids(db, '等级')).toEqual([1, 2]);
    expect(ids(db, '评估')).toEqual([1, 2]);
    expect(ids(db, 'pm2.5')).toEqual([3]);
    expect(ids(db, 'PM2.5')).toEqual([3]);
  });
});

describe('searchArticles query language', () => {
  const db = archiveOf([
    { headline: '南通港口建设', paragraphs: ['长江口产业协同'], bylines: [{ role: '记者', name: '吴新明' }] },
    { headline: '如皋新闻', paragraphs: ['南通与上海合作'], kind: 'photo' },
    { headline: '政协会议', paragraphs: ['市政协主席黄巍东参加'] },
  ]);
  it.each([
    ['南通', [1, 2]],
    ['南通 长江口', [1]],
    ['南通 OR 政协', [1, 2, 3]],
    ['南通 -上海', [1]],
    ['南通 NOT 上海', [1]],
    ['-南通', [3]],
    ['headline:南通', [1]],
    ['标题:南通', [1]],
    ['byline:吴新明', [1]],
    ['作者:吴新明 南通', [1]],
    ['kind:photo', [2]],
    ['类型:图片 南通', [2]],
    ['-kind:photo 南通', [1]],
    ['"长江口 产业"', []],
    ['"南通港口"', [1]],
    ['econ*', []],
    ['南*', [1, 2]],
  ] as const)('%s → %j', (query, expected) => {
    expect(ids(db, query)).toEqual(expected);
  });

  it('tag: matches the tag and its descendants, -tag: excludes them, with or without text', () => {
    const d = testArchive();
    const page = addPage(d, '2024-07-10');
    const [a, b, c, e] = ['南通经济', '南通长三角', '南通人物', '如皋'].map((h) =>
      addArticle(d, page, { headline: h }),
    );
    const tag = (name: string, articleIds: number[]) => {
      if (!applyTag(d, { tag: name, articleIds }).ok) throw new Error(name);
    };
    tag('经济', [a!]);
    tag('经济/长三角', [b!, e!]);
    tag('经济长三角', [c!]); // a sibling whose name merely starts the same, not a child
    expect(ids(d, 'tag:经济')).toEqual([a, b, e]);
    expect(ids(d, 'tag:经济/长三角')).toEqual([b, e]);
    expect(ids(d, '标签:经济 南通')).toEqual([a, b]);
    expect(ids(d, '南通 -tag:经济')).toEqual([c]);
    expect(ids(d, '-tag:经济/长三角')).toEqual([a, c]);
    expect(ids(d, 'tag:经济 -tag:经济/长三角')).toEqual([a]);
    expect(ids(d, 'tag:经')).toEqual([]);
    expect(ids(d, 'tag:没有这个')).toEqual([]);
  });

  it('filters by page date range', () => {
    const d = testArchive();
    const july = addPage(d, '2024-07-10');
    const aug = addPage(d, '2024-08-31');
    const sept = addPage(d, '2024-09-01');
    const a = addArticle(d, july, { paragraphs: ['南通'] });
    const b = addArticle(d, aug, { paragraphs: ['南通'] });
    addArticle(d, sept, { paragraphs: ['南通'] });
    expect(ids(d, '南通 date:2024-07..2024-08')).toEqual([a, b]);
    expect(ids(d, 'date:2024-08')).toEqual([b]);
    expect(ids(d, '日期:2024-08-31..')).toHaveLength(2);
    expect(searchArticles(d, { query: 'date:2024-13-99' })).toMatchObject({
      ok: false,
      error: { code: 'bad-query' },
    });
  });
});

describe('searchArticles ranking and results', () => {
  it('ranks a headline hit above a body hit and breaks ties by newer page first', () => {
    const db = testArchive();
    const old = addPage(db, '2023-01-01');
    const recent = addPage(db, '2024-06-01');
    const body = addArticle(db, recent, { headline: '其他', paragraphs: ['文中提到南通的发展'] });
    const head = addArticle(db, old, { headline: '南通的发展', paragraphs: ['文中提到其他'] });
    const tieOld = addArticle(db, old, { headline: '别的', paragraphs: ['文中提到南通的建设'] });
    const r = searchArticles(db, { query: '南通' });
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value.hits.map((h) => h.id)).toEqual([head, body, tieOld]);
    expect(r.value.hits[0]!.score).toBeGreaterThan(r.value.hits[1]!.score);
    expect(r.value.hits[1]!.score).toBe(r.value.hits[2]!.score);
  });

  it('returns total count beside one page of hits', () => {
    const db = testArchive();
    const page = addPage(db);
    for (let i = 0; i < 30; i++) addArticle(db, page, { paragraphs: [`第${i}条 南通`] });
    const r = searchArticles(db, { query: '南通', limit: 7, offset: 28 });
    expect(r.ok && r.value.total).toBe(30);
    expect(r.ok && r.value.hits.length).toBe(2);
  });

  it('highlights point at the exact original text in the snippet and the headline', () => {
    const db = archiveOf([
      { headline: '臺灣等級評估', paragraphs: ['前文'.repeat(40) + '年均PM_{2.5}浓度与等級。'] },
    ]);
    for (const [query, expected] of [
      ['等级', ['等級']],
      ['pm2.5', ['PM_{2.5}']],
      ['台湾 浓度', ['浓度']],
    ] as const) {
      const r = searchArticles(db, { query });
      if (!r.ok) throw new Error(r.error.code);
      const hit = r.value.hits[0]!;
      const marked = hit.highlights.snippet.map((h) => hit.snippet.slice(h.start, h.end));
      expect(
        marked.every((m) => expected.includes(m as never)),
        `${query}: ${marked.join('|')}`,
      ).toBe(true);
      expect(marked.length).toBeGreaterThan(0);
    }
    const r = searchArticles(db, { query: '台湾' });
    const hit = r.ok ? r.value.hits[0]! : null;
    expect(hit?.highlights.headline.map((h) => hit.headline!.slice(h.start, h.end))).toEqual(['臺灣']);
  });

  it('marks byline hits per byline, in the names as printed (陸 for 陆), and only where the query reaches them', () => {
    const db = archiveOf([
      {
        headline: '南通港口',
        paragraphs: ['正文'],
        bylines: [
          { role: '记者', name: '李彤' },
          { role: '通讯员', name: '陸薇' },
        ],
      },
    ]);
    const marked = (query: string): string[][] => {
      const r = searchArticles(db, { query });
      if (!r.ok) throw new Error(r.error.code);
      const hit = r.value.hits[0]!;
      return hit.highlights.bylines.map((ranges, i) =>
        ranges.map((h) => hit.bylines[i]!.name.slice(h.start, h.end)),
      );
    };
    expect(marked('陆薇')).toEqual([[], ['陸薇']]);
    expect(marked('byline:李彤')).toEqual([['李彤'], []]);
    // A headline-only term never lights up a byline.
    expect(marked('headline:南通')).toEqual([[], []]);
  });
});

describe('index stays in step with articles', () => {
  it('follows insert, update and delete inside the writing transaction', () => {
    const db = testArchive();
    const page = addPage(db);
    const id = addArticle(db, page, { headline: '长江口', paragraphs: ['旧的正文'] });
    expect(ids(db, '旧的')).toEqual([id]);
    db.prepare('UPDATE articles SET paragraphs = ? WHERE id = ?').run(JSON.stringify(['新的正文']), id);
    expect(ids(db, '旧的')).toEqual([]);
    expect(ids(db, '新的')).toEqual([id]);
    db.prepare('UPDATE articles SET headline = ? WHERE id = ?').run('黄浦江', id);
    expect(ids(db, '长江口')).toEqual([]);
    expect(ids(db, 'headline:黄浦江')).toEqual([id]);
    // A rolled-back write leaves the index as it was.
    expect(() =>
      db.transaction(() => {
        db.prepare('UPDATE articles SET headline = ? WHERE id = ?').run('回滚', id);
        throw new Error('abort');
      })(),
    ).toThrow('abort');
    expect(ids(db, '回滚')).toEqual([]);
    expect(ids(db, '黄浦江')).toEqual([id]);
    db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(ids(db, '新的')).toEqual([]);
  });

  it('drops articles deleted by a page delete cascading to them', () => {
    const db = testArchive();
    const page = addPage(db);
    addArticle(db, page, { paragraphs: ['级联删除'] });
    expect(ids(db, '级联')).toHaveLength(1);
    db.prepare('DELETE FROM pages WHERE id = ?').run(page);
    expect(ids(db, '级联')).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'a*'").pluck().get()).toBe(
      0,
    );
  });
});
