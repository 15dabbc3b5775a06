import { describe, expect, it } from 'vitest';
import { seedArchive } from '../../test-support/seed-archive';
import { articleHistory } from './article-history';
import { correctArticle } from './correct-article';

describe('history times', () => {
  it('dates the parsed original from its import and each correction from when it was made', () => {
    // seedArchive imports the page at 2024-07-10T08:00:00.000Z.
    const { db, ids } = seedArchive();
    const id = ids[0]!;
    correctArticle(db, { articleId: id, headline: '一改' }, new Date('2024-08-01T09:00:00.000Z'));
    correctArticle(db, { articleId: id, headline: '二改' }, new Date('2024-08-02T10:00:00.000Z'));
    const h = articleHistory(db, { articleId: id });
    if (!h.ok) throw new Error('history failed');
    expect(h.value.versions.map((v) => [v.version, v.reason, v.createdAt])).toEqual([
      [1, 'parsed', '2024-07-10T08:00:00.000Z'],
      [2, 'correction', '2024-08-01T09:00:00.000Z'],
      [3, 'correction', '2024-08-02T10:00:00.000Z'],
    ]);
  });

  it('reads the right time for an original stored with the first correction’s time by older builds', () => {
    const { db, ids } = seedArchive();
    const id = ids[0]!;
    correctArticle(db, { articleId: id, headline: '一改' }, new Date('2024-08-01T09:00:00.000Z'));
    db.prepare(`UPDATE article_versions SET created_at = '2024-08-01T09:00:00.000Z' WHERE version = 1`).run();
    const h = articleHistory(db, { articleId: id });
    expect(h.ok && h.value.versions[0]?.createdAt).toBe('2024-07-10T08:00:00.000Z');
  });
});
