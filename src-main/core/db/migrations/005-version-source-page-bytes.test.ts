import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import * as m005 from './005-version-source-page-bytes';
import { migrations } from './index';

describe('migration version-source-page-bytes', () => {
  const at = migrations.findIndex((m) => m.up === m005.up);

  it('back-fills history source labels from their article, leaves merged-away ones unknown', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, at));
    db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, imported_at)
       VALUES (1, 'a.txt', 'h', 'utf-8', 'x', '2024-01-01')`,
    ).run();
    db.prepare(
      `INSERT INTO articles (id, page_id, ordinal, kind, source, paragraphs) VALUES (7, 1, 0, 'article', '晚报讯', '["正文"]')`,
    ).run();
    const version = db.prepare(
      `INSERT INTO article_versions (article_id, version, reason, bylines, paragraphs, created_at)
       VALUES (?, 1, 'parsed', '[]', '["正文"]', 'now')`,
    );
    version.run(7);
    version.run(99);
    migrate(db, migrations.slice(0, at + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    expect(db.prepare('SELECT article_id, source FROM article_versions ORDER BY article_id').all()).toEqual([
      { article_id: 7, source: '晚报讯' },
      { article_id: 99, source: null },
    ]);
    expect(db.prepare('SELECT source_bytes FROM pages WHERE id = 1').pluck().get()).toBeNull();
    db.prepare('UPDATE pages SET source_bytes = ? WHERE id = 1').run(Buffer.from([0xff, 0x0d]));
    expect(db.prepare('SELECT source_bytes FROM pages WHERE id = 1').pluck().get()).toEqual(
      Buffer.from([0xff, 0x0d]),
    );
  });
});
