import { describe, expect, it } from 'vitest';
import { openArchive } from '../core/db/open';
import { addArticle, addPage } from '../core/search/test-archive';
import { cliTag } from './cli-collections';

describe('cli tag --query', () => {
  it('selects articles with search semantics (吴 also finds 吳, not the byline role)', async () => {
    const { db } = openArchive(':memory:');
    const page = addPage(db, '2024-07-10');
    const bylines = [{ role: '记者', name: '张三' }];
    const a = addArticle(db, page, { paragraphs: ['吴新明当选'], bylines });
    const b = addArticle(db, page, { paragraphs: ['吳新明發言'], bylines });
    addArticle(db, page, { paragraphs: ['无关'], bylines });
    const r = await cliTag({ db }, { query: '吴', add: '人物/吴新明' });
    expect(r).toMatchObject({ ok: true, value: { changed: 2, articles: 2 } });
    expect(db.prepare('SELECT article_id FROM article_tags ORDER BY article_id').pluck().all()).toEqual([
      a,
      b,
    ]);
    expect(await cliTag({ db }, { query: '记', add: 'x' })).toMatchObject({
      ok: true,
      value: { articles: 0 },
    });
  });
});
