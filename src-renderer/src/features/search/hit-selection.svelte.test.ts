import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input } from '../../../../src-main/contract';

const calls: Input<'search.query'>[] = [];
vi.mock('../../api', () => ({
  // 1,234 hits with ids 1..1234, served page by page like search.query.
  call: vi.fn(async (_name: string, input: Input<'search.query'>) => {
    calls.push(input);
    const from = input.offset ?? 0;
    const to = Math.min(1234, from + (input.limit ?? 20));
    const hits = Array.from({ length: Math.max(0, to - from) }, (_, i) => ({ id: from + i + 1 }));
    return { ok: true, value: { total: 1234, hits } };
  }),
}));

const { HitSelection } = await import('./hit-selection.svelte');

describe('HitSelection', () => {
  beforeEach(() => {
    calls.length = 0;
  });

  it('toggles on click and adds the range from the last click on shift+click', () => {
    const s = new HitSelection();
    const order = [10, 11, 12, 13, 14];
    s.click(order, 1, false);
    s.click(order, 3, true);
    expect([...s.ids].sort()).toEqual([11, 12, 13]);
    s.click(order, 2, false);
    expect(s.has(12)).toBe(false);
    s.click(order, 0, true);
    expect([...s.ids].sort()).toEqual([10, 11, 12, 13]);
  });

  it('select all pages through every hit of the query, not only the shown page', async () => {
    const s = new HitSelection();
    await s.selectAll('长江', 1234);
    expect(s.count).toBe(1234);
    expect(calls.map((c) => c.offset)).toEqual([0, 500, 1000]);
    expect(s.collecting).toBeNull();
  });

  it('select all reads on past an estimated total that was too low, to the last short page', async () => {
    const s = new HitSelection();
    await s.selectAll('长江', 900);
    expect(s.count).toBe(1234);
    expect(calls.map((c) => c.offset)).toEqual([0, 500, 1000]);
  });

  it('a clear while collecting drops the late pages', async () => {
    const s = new HitSelection();
    const pending = s.selectAll('长江', 1234);
    s.clear();
    await pending;
    expect(s.count).toBe(0);
  });
});
