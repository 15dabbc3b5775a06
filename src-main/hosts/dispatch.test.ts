import { describe, expect, it, vi } from 'vitest';
import { contract, operationNames } from '../contract';
import { openArchive } from '../core/db/open';
import { operations } from '../core/operations';
import { dispatch } from './dispatch';

const ctx = () => ({ db: openArchive(':memory:').db });

describe('dispatch', () => {
  it('serves every contract entry and nothing else', () => {
    expect(Object.keys(operations).sort()).toEqual([...operationNames].sort());
    expect(Object.keys(contract).sort()).toEqual([...operationNames].sort());
  });

  it('refuses unknown operations, including prototype names', async () => {
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      expect(await dispatch(ctx(), name, {})).toMatchObject({
        ok: false,
        error: { code: 'unknown-operation' },
      });
    }
  });

  it.each([
    ['article.get', { id: 'one' }],
    ['article.get', { id: -1 }],
    ['article.get', { id: 1, extra: true }],
    ['library.list', { sneaky: 1 }],
    ['pages.import', { files: [] }],
    ['pages.import', { files: [{ name: '', base64: '' }] }],
    ['article.get', null],
    ['article.get', 'string'],
  ])('returns invalid-input with issues for %s %j', async (name, input) => {
    const r = await dispatch(ctx(), name, input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-input');
    expect(r.error.issues?.length).toBeGreaterThan(0);
  });

  it('turns a thrown bug into a plain internal error and logs it', async () => {
    const c = ctx();
    c.db.close();
    const log = vi.fn();
    const r = await dispatch(c, 'library.list', {}, log);
    expect(r).toEqual({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledOnce();
  });

  it('passes valid input through to the core', async () => {
    const r = await dispatch(ctx(), 'archive.stats', {});
    expect(r).toEqual({
      ok: true,
      value: { pages: 0, articles: 0, byKind: { article: 0, photo: 0, brief: 0 } },
    });
  });

  it('refuses lone surrogates anywhere in the input, so a name can always be found again', async () => {
    const c = ctx();
    for (const [name, input] of [
      ['tags.create', { name: 'bad\ud800' }],
      ['tags.create', { name: '\udc00x' }],
      ['search.query', { query: 'a\ud83d' }],
      ['collections.saveSearch', { name: 'ok', query: 'x', filters: { paper: '\udfff' } }],
    ] as const) {
      const r = await dispatch(c, name, input);
      expect(r, name).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const deep = JSON.parse('['.repeat(5000) + ']'.repeat(5000)) as unknown;
    expect(await dispatch(c, 'tags.create', deep)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    // A whole pair (an emoji) is fine.
    expect(await dispatch(c, 'tags.create', { name: '好\ud83d\ude00' })).toMatchObject({ ok: true });
    expect(c.db.prepare('SELECT count(*) FROM tags').pluck().get()).toBe(1);
  });

  it('refuses a giant headline at the boundary, at once', async () => {
    const started = performance.now();
    const r = await dispatch(ctx(), 'article.correct', { articleId: 1, headline: '标'.repeat(3_000_000) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
