import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileQuery } from './compile-query';
import { parseQuery } from './parse-query';
import { searchArticles } from './search-articles';
import { addArticle, addPage, testArchive } from './test-archive';

const db = testArchive();
addArticle(db, addPage(db, '2024-07-10'), {
  headline: 'NEAR AND OR 南通 "引号" (括号) a:b',
  paragraphs: ['正文 * - ^ {} NEAR(a b) 吴新明'],
});

/** Outcome of a query: never a throw, only results or a typed bad-query. */
function outcome(query: string): string {
  const r = searchArticles(db, { query });
  if (r.ok) return 'ok';
  expect(r.error.code).toBe('bad-query');
  return 'bad-query';
}

describe('hostile queries', () => {
  it.each([
    '"',
    '""',
    '"""',
    'AND AND',
    'OR',
    'OR OR OR',
    'NOT',
    '*',
    '**',
    '-',
    '--',
    '- -',
    'NEAR(',
    'NEAR(a b, 2)',
    '南通 NEAR/3 吴',
    '(',
    ')',
    '((南通',
    '{headline}: 南通',
    'headline:',
    'headline:"',
    'byline:-',
    'kind:',
    'kind:poster',
    'date:',
    'date:..',
    'date:2024-07..2024-08..2024-09',
    'tag:',
    'a:b:c',
    ':',
    '：',
    "'; DROP TABLE articles; --",
    '"南通" OR "',
    '^南通',
    '南通^2',
    '+南通',
    'rowid:1',
    'articles_fts:x',
    '\u0000',
    '\ud800',
    '吴'.repeat(1000),
    'a '.repeat(500),
    '"'.repeat(1000),
    '-a '.repeat(333),
  ])('%j returns results or bad-query', (query) => {
    expect(['ok', 'bad-query']).toContain(outcome(query));
  });

  it('quotes, brackets, colons and operators in any mix never reach FTS5 as syntax', () => {
    const piece = fc.constantFrom(
      '"',
      '(',
      ')',
      ':',
      '：',
      '*',
      '-',
      '^',
      '{',
      '}',
      ' ',
      'OR',
      'AND',
      'NOT',
      'NEAR',
      '南通',
      'a',
      'headline:',
      'kind:',
      'date:',
      'tag:',
      '吴',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        expect(['ok', 'bad-query']).toContain(outcome(parts.join('')));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 1000 }), (query) => {
        expect(['ok', 'bad-query']).toContain(outcome(query));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the syntax characters themselves as literal text inside a phrase', () => {
    const r = searchArticles(db, { query: '"NEAR(a b)"' });
    expect(r.ok && r.value.total).toBe(1);
    expect(searchArticles(db, { query: '"(括号)"' })).toMatchObject({ ok: true, value: { total: 1 } });
  });

  it('compiles to quoted [0-9a-z] tokens only', () => {
    const parsed = parseQuery('headline:南通 "x y" OR z* -"q" byline:吴');
    if (!parsed.ok) throw new Error('parse failed');
    const c = compileQuery(parsed.value);
    const stripped = (c.match ?? '').replace(/"[0-9a-z ]+"( \*)?/g, 'P');
    expect(stripped).toBe('(headline : P AND (P OR P) AND byline : P) NOT P');
  });

  it('parses tag: and -tag: into normalised tag names, and refuses an empty segment', () => {
    const parsed = parseQuery('tag:经济 -标签:" 人物 / 吴新明 " 南通 tag:');
    expect(parsed.ok && [parsed.value.tags, parsed.value.notTags]).toEqual([['经济'], ['人物/吴新明']]);
    expect(parseQuery('tag:经济//长三角')).toMatchObject({ ok: false, error: { code: 'bad-query' } });
    expect(searchArticles(db, { query: 'tag:/x' })).toMatchObject({
      ok: false,
      error: { code: 'bad-query' },
    });
  });
});
