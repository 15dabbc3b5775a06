import { describe, expect, it, vi } from 'vitest';

// search.query answers with an estimated total; search.count later gives the exact one.
const counted: string[] = [];
vi.mock('../../api', () => ({
  call: vi.fn(async (name: string, input: { query: string }) => {
    if (name === 'search.count') {
      counted.push(input.query);
      return { ok: true, value: { total: 58_460 } };
    }
    return { ok: true, value: { total: 60_000, totalIsEstimate: true, hits: [{ id: 1 }, { id: 2 }] } };
  }),
}));

const { Search } = await import('./search.svelte');

describe('Search totals', () => {
  it('shows the estimate with the first page, then the exact count from search.count', async () => {
    const s = new Search();
    s.query = '发展 -tag:专题/乙';
    await s.run();
    expect(s.hits.map((h) => h.id)).toEqual([1, 2]);
    await vi.waitFor(() => expect(s.estimated).toBe(false));
    expect(s.total).toBe(58_460);
    expect(counted).toEqual(['发展 -tag:专题/乙']);
  });
});
