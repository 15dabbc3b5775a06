import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import * as m009 from './009-people-index';
import { migrations } from './index';

describe('migration people-index', () => {
  const at = migrations.findIndex((m) => m.up === m009.up);

  it('indexes the bylines of an archive that existed before it, and keeps them in step after', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, at));
    db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, date, page_label, imported_at)
       VALUES (1, 'a.txt', 'h', 'utf-8', 'x', '2024-07-10', 'A1', 'now')`,
    ).run();
    const article = db.prepare(
      `INSERT INTO articles (page_id, ordinal, kind, bylines, paragraphs) VALUES (1, ?, 'article', ?, '["正文四字"]')`,
    );
    article.run(
      0,
      JSON.stringify([
        { role: '记者', name: '陆 薇' },
        { role: '通讯员', name: '陈尔灿' },
      ]),
    );
    article.run(1, '[]');
    migrate(db, migrations.slice(0, at + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    const months = () =>
      db
        .prepare('SELECT month, name, role, pieces, shared, chars, front FROM byline_months ORDER BY name')
        .all();
    expect(months()).toEqual([
      { month: '2024-07', name: '陆薇', role: '记者', pieces: 1, shared: 1, chars: 4, front: 1 },
      { month: '2024-07', name: '陈尔灿', role: '通讯员', pieces: 1, shared: 1, chars: 4, front: 1 },
    ]);
    expect(db.prepare('SELECT count(*) FROM unsigned_articles').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM persons').pluck().get()).toBe(2);
    // Writes after the upgrade on this connection (the migration registered the functions) follow.
    db.prepare("UPDATE articles SET bylines = '[]' WHERE ordinal = 0").run();
    expect(months()).toEqual([]);
    expect(db.prepare('SELECT name, pieces FROM person_names ORDER BY name').all()).toEqual([
      { name: '陆薇', pieces: 0 },
      { name: '陈尔灿', pieces: 0 },
    ]);
    db.prepare('DELETE FROM articles').run();
    expect(db.prepare('SELECT count(*) FROM unsigned_articles').pluck().get()).toBe(0);
  });
});
