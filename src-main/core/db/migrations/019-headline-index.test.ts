import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerSearchFunctions } from '../../search/index-article';
import { prepareQuery } from '../../search/search-articles';
import { migrate } from '../migrate';
import * as m019 from './019-headline-index';
import { migrations } from './index';

const ids = (db: Database.Database, sql: string, expr: string): number[] =>
  db.prepare(sql).pluck().all(expr) as number[];

/** The headline group of `query` from each index: they must always agree. */
function bothWays(db: Database.Database, query: string): [number[], number[]] {
  const c = prepareQuery(query);
  if (!c.ok || c.value.headlineOnly === null) throw new Error(`no headline expression for ${query}`);
  return [
    ids(
      db,
      'SELECT rowid FROM articles_headline_fts WHERE articles_headline_fts MATCH ? ORDER BY rowid',
      c.value.headlineOnly,
    ),
    ids(
      db,
      'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid',
      c.value.headlineMatch!,
    ),
  ];
}

describe('migration headline-index', () => {
  const at = migrations.findIndex((m) => m.up === m019.up);

  it('indexes the headlines of existing articles, and stays in step with later writes', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    registerSearchFunctions(db);
    migrate(db, migrations.slice(0, at));
    const page = Number(
      db
        .prepare(
          `INSERT INTO pages (file_name, content_hash, encoding, source_text, imported_at)
           VALUES ('p.txt', 'h', 'utf-8', '', 'now')`,
        )
        .run().lastInsertRowid,
    );
    const insert = db.prepare(
      `INSERT INTO articles (page_id, ordinal, kind, kicker, headline, subheadline, source, bylines, paragraphs)
       VALUES (?, ?, 'article', ?, ?, ?, ?, ?, ?)`,
    );
    const add = (o: number, kicker: string | null, headline: string, sub: string | null, body: string) =>
      Number(
        insert.run(
          page,
          o,
          kicker,
          headline,
          sub,
          '本报讯',
          JSON.stringify([{ role: '记者', name: '张发展' }]),
          JSON.stringify([body]),
        ).lastInsertRowid,
      );
    // The word in a headline, a kicker, a subheadline, only in the body, and only in a byline.
    add(0, null, '高质量发展新篇章', null, '正文');
    add(1, '聚焦发展', '城市更新', null, '正文');
    add(2, null, '港口扩建', '推动經濟發展', '正文');
    add(3, null, '秋收时节', null, '今年发展很快');
    add(4, null, '江海晚报', null, '正文');
    migrate(db, migrations.slice(0, at + 1));

    for (const q of ['发展', '发', '经济发展', '"高质量 发展"', '发展 OR 秋收', 'headline:港口', '江海晚报'])
      expect(bothWays(db, q)[0], q).toEqual(bothWays(db, q)[1]);
    expect(bothWays(db, '发展')[0]).toEqual([1, 2, 3]);

    // Triggers: an edited headline, a deleted article and a new one are reflected at once.
    db.prepare("UPDATE articles SET headline = '发展不停' WHERE id = 4").run();
    db.prepare('DELETE FROM articles WHERE id = 1').run();
    add(5, null, '新的发展', null, '正文');
    db.prepare('UPDATE articles SET paragraphs = \'["发展"]\' WHERE id = 5').run();
    expect(bothWays(db, '发展')).toEqual([
      [2, 3, 4, 6],
      [2, 3, 4, 6],
    ]);
    expect(db.prepare('SELECT count(*) FROM articles_headline_fts').pluck().get()).toBe(5);
  });

  it('has no headline expression where the headline index cannot answer', () => {
    const c = (q: string) => {
      const r = prepareQuery(q);
      if (!r.ok) throw new Error(q);
      return r.value;
    };
    expect(c('发展 -深入').headlineOnly).toBeNull();
    expect(c('发展 author:张三').headlineOnly).toBeNull();
    expect(c('发展 tag:专题').headlineOnly).not.toBeNull();
  });
});
