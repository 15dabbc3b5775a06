import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import * as m006 from './006-version-reason-bundle';
import { migrations } from './index';

describe('migration version-reason-bundle', () => {
  const at = migrations.findIndex((m) => m.up === m006.up);

  it('keeps every history row and allows the bundle reason, still refusing unknown ones', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, at));
    const insert = db.prepare(
      `INSERT INTO article_versions (article_id, version, reason, headline, bylines, paragraphs, created_at, source)
       VALUES (?, ?, ?, '标题', '[]', '["正文"]', 'now', '晚报讯')`,
    );
    insert.run(7, 1, 'parsed');
    insert.run(7, 2, 'correction');
    expect(() => insert.run(7, 3, 'bundle')).toThrow(/CHECK/);
    const before = db.prepare('SELECT * FROM article_versions ORDER BY id').all();
    migrate(db, migrations.slice(0, at + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    expect(db.prepare('SELECT * FROM article_versions ORDER BY id').all()).toEqual(before);
    insert.run(7, 3, 'bundle');
    expect(() => insert.run(7, 4, 'guess')).toThrow(/CHECK/);
    expect(() => insert.run(7, 3, 'correction')).toThrow(/UNIQUE/);
  });
});
