import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import * as tagsMigration from './002-tags-collections';
import { migrations } from './index';

/** Like Signal's migration tests: migrate to just before ours, add rows, migrate on, check. */
describe('migration tags-collections', () => {
  const at = migrations.findIndex((m) => m.up === tagsMigration.up);

  it('is registered', () => {
    expect(at).toBeGreaterThan(0);
  });

  it('adds tag tables to an archive that already has articles, cascading on article delete', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, at));
    db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, imported_at)
       VALUES (1, 'a.txt', 'h', 'utf-8', 'x', '2024-01-01')`,
    ).run();
    db.prepare("INSERT INTO articles (id, page_id, ordinal, kind) VALUES (7, 1, 0, 'article')").run();
    migrate(db, migrations.slice(0, at + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    db.prepare("INSERT INTO tags (id, name, color, created_at) VALUES (1, '经济', '#aa0000', 'now')").run();
    db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (7, 1)').run();
    db.prepare('INSERT INTO tag_order (tag_id, article_id, position) VALUES (1, 7, 0)').run();
    expect(() =>
      db.prepare("INSERT INTO tags (name, color, created_at) VALUES ('经济', '#000000', 'x')").run(),
    ).toThrow(/UNIQUE/);
    db.prepare('DELETE FROM articles WHERE id = 7').run();
    expect(db.prepare('SELECT count(*) FROM article_tags').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM tag_order').pluck().get()).toBe(0);
  });
});
