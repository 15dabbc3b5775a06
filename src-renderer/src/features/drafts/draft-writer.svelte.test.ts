import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Input } from '../../../../src-main/contract';

const calls: { name: string; input: unknown }[] = [];
let fail = false;
vi.mock('../../api', () => ({
  call: vi.fn((name: string, input: Input<'drafts.save'>) => {
    calls.push({ name, input });
    if (fail) return Promise.resolve({ ok: false, error: { code: 'io-failed' } });
    return Promise.resolve({
      ok: true,
      value: name === 'drafts.save' ? { ...input, updatedAt: `t${calls.length}` } : { discarded: true },
    });
  }),
}));
const { DraftWriter } = await import('./draft-writer.svelte');

const note = (text: string) => ({ kind: 'note' as const, note: text });

describe('draft writer', () => {
  beforeEach(() => {
    calls.length = 0;
    fail = false;
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('writes once after typing pauses, with the latest text', async () => {
    const w = new DraftWriter('note', 5, 1, 400);
    w.update(note('待'));
    w.update(note('待核'));
    w.update(note('待核实'));
    expect(w.status).toBe('pending');
    expect(calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(400);
    expect(calls).toEqual([
      { name: 'drafts.save', input: { targetId: 5, articleId: 1, body: note('待核实'), baseVersion: null } },
    ]);
    expect(w.status).toBe('saved');
    expect(w.savedAt).toBe('t1');
  });

  it('flush writes at once, and discard removes the draft without a late write after it', async () => {
    const w = new DraftWriter('correction', 9, 9, 400);
    w.update(note('x'));
    await w.flush();
    expect(calls.map((c) => c.name)).toEqual(['drafts.save']);
    w.update(note('y'));
    await w.discard();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls.map((c) => c.name)).toEqual(['drafts.save', 'drafts.discard']);
    expect(w.status).toBe('clean');
  });

  it('says when a draft could not be written', async () => {
    fail = true;
    const w = new DraftWriter('note', 1, 1, 10);
    w.update(note('z'));
    await vi.advanceTimersByTimeAsync(10);
    expect(w.status).toBe('failed');
    expect(w.error).toEqual({ code: 'io-failed' });
  });
});
