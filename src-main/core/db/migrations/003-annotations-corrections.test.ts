import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { migrations } from './index';

describe('migration 003: annotations and corrections', () => {
  it('keeps existing articles, adds version columns and the new tables', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, 2));
    db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, imported_at)
       VALUES (1, 'a.txt', 'h', 'utf-8', 'x', '2024-01-01')`,
    ).run();
    db.prepare(
      `INSERT INTO articles (id, page_id, ordinal, kind, paragraphs) VALUES (7, 1, 0, 'article', '["正文"]')`,
    ).run();
    migrate(db, migrations.slice(0, 3));
    expect(db.prepare('SELECT text_version, corrected, paragraphs FROM articles WHERE id = 7').get()).toEqual(
      {
        text_version: 1,
        corrected: 0,
        paragraphs: '["正文"]',
      },
    );
    const insert = db.prepare(
      `INSERT INTO annotations (article_id, text_version, start, end, exact, prefix, suffix, colour, created_at, updated_at)
       VALUES (?, 1, 0, 2, '正文', '', '', ?, 'now', 'now')`,
    );
    insert.run(7, 'yellow');
    expect(() => insert.run(7, 'orange')).toThrow(/CHECK/);
    // An article carrying an annotation cannot be deleted out from under it.
    expect(() => db.prepare('DELETE FROM articles WHERE id = 7').run()).toThrow(/FOREIGN KEY/);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['annotations', 'article_versions']));
  });
});
