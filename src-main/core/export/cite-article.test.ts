import { describe, expect, it } from 'vitest';
import { seedArchive } from '../../test-support/seed-archive';
import { citeArticle } from './cite-article';

describe('citeArticle (复制引用)', () => {
  it('gives the quote in Chinese quotation marks, then the GB/T 7714 reference; unknown article is not-found', () => {
    const { db, ids } = seedArchive();
    const r = citeArticle(db, { articleId: ids[0]!, quote: ' 共建长江口产业创新协同区 ' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.citation).toBe('朱文君. 推进高水平跨江融合 共建长江口产业创新协同区[N].');
    expect(r.value.text).toBe(`“共建长江口产业创新协同区”\n${r.value.citation}`);
    expect(citeArticle(db, { articleId: ids[0]! })).toMatchObject({
      ok: true,
      value: { text: r.value.citation },
    });
    expect(citeArticle(db, { articleId: 999_999 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
