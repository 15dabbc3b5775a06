import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageSummaryT } from '../../../../src-main/contract';

const page = (id: number, articles: [number, string][]): PageSummaryT => ({
  id,
  fileName: `p${id}.txt`,
  meta: { paper: '南通晚报', date: '2024-07-10', pageLabel: `A${id}`, section: null },
  importedAt: 'now',
  warnings: [],
  articles: articles.map(([aid, headline], ordinal) => ({
    id: aid,
    ordinal,
    kind: 'article',
    kicker: null,
    headline,
  })),
});

/** A fake host: one paper with one day of two pages, and an undated paper; records every call. */
const calls: { name: string; input: unknown }[] = [];
let secondPage = page(2, [[3, '三']]);
vi.mock('../../api', () => ({
  call: vi.fn(async (name: string, input: Record<string, unknown>) => {
    calls.push({ name, input });
    const group = (key: string | null, articles: number) => ({ key, pages: 2, articles });
    if (name === 'library.groups') {
      if (input.level === 'papers') return { ok: true, value: [group('南通晚报', 3), group(null, 0)] };
      if (input.level === 'months') return { ok: true, value: [group('2024-07', 3)] };
      return { ok: true, value: [group('2024-07-10', 3)] };
    }
    if (name === 'library.pages')
      return {
        ok: true,
        value: {
          pages: [
            page(1, [
              [1, '一'],
              [2, '二'],
            ]),
            secondPage,
          ],
          next: null,
        },
      };
    if (name === 'library.page') return { ok: true, value: secondPage };
    return { ok: false, error: { code: 'unknown-operation' } };
  }),
}));

const { Library } = await import('./library.svelte');

describe('Library', () => {
  beforeEach(() => {
    calls.length = 0;
    secondPage = page(2, [[3, '三']]);
  });

  it('opens the first paper at its newest day and puts the cursor on its first article', async () => {
    const library = new Library();
    await library.load();
    expect(library.rows.map((r) => r.kind)).toEqual([
      'paper',
      'month',
      'day',
      'page',
      'article',
      'article',
      'page',
      'article',
      'paper',
    ]);
    expect(library.cursorId).toBe(1);
    expect(calls.map((c) => c.name)).not.toContain('library.list');
  });

  it('moves the cursor by position, clamped, across pages', async () => {
    const library = new Library();
    await library.load();
    expect(library.move(1)).toBe(2);
    expect(library.move(1)).toBe(3);
    expect(library.move(5)).toBe(3);
    expect(library.move(-10)).toBe(1);
    expect(library.rowOf(3)).toBe(7);
  });

  it('after an edit re-reads only the touched page and the counts, not the day', async () => {
    const library = new Library();
    await library.load();
    calls.length = 0;
    secondPage = page(2, [
      [3, '三(改)'],
      [4, '四'],
    ]);
    await library.refreshArticles([3]);
    expect(calls.filter((c) => c.name !== 'library.groups')).toEqual([
      { name: 'library.page', input: { pageId: 2 } },
    ]);
    const headlines = library.rows.flatMap((r) => (r.kind === 'article' ? [r.article.headline] : []));
    expect(headlines).toEqual(['一', '二', '三(改)', '四']);
  });

  it('collapsing a paper hides its articles; the cursor finds no row for them', async () => {
    const library = new Library();
    await library.load();
    const paper = library.rows[0];
    if (paper?.kind !== 'paper') throw new Error('first row is a paper');
    library.collapse(paper.key);
    expect(library.rows.map((r) => r.kind)).toEqual(['paper', 'paper']);
    expect(library.rowOf(1)).toBe(-1);
    expect(library.move(1)).toBeNull();
  });
});
