import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import { registerSearchFunctions } from '../../search/index-article';
import * as m016 from './016-drafts';
import { migrations } from './index';

describe('migration drafts', () => {
  it('adds the drafts and editor-state tables to an archive with pages, keeping its rows', () => {
    const at = migrations.findIndex((m) => m.up === m016.up);
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    registerSearchFunctions(db);
    migrate(db, migrations.slice(0, at));
    db.prepare(
      `INSERT INTO pages (file_name, content_hash, encoding, source_text, imported_at) VALUES ('a.txt', 'h', 'utf-8', '', 'now')`,
    ).run();
    migrate(db, migrations.slice(0, at + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    expect(db.prepare('SELECT count(*) FROM pages').pluck().get()).toBe(1);
    db.prepare(
      `INSERT INTO drafts (kind, target_id, article_id, body, base_version, updated_at) VALUES ('note', 1, 1, '{}', NULL, 'now')`,
    ).run();
    // One draft per form: a second write of the same form must replace, not add.
    expect(() =>
      db
        .prepare(
          `INSERT INTO drafts (kind, target_id, article_id, body, updated_at) VALUES ('note', 1, 1, '{}', 'now')`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO drafts (kind, target_id, article_id, body, updated_at) VALUES ('memo', 2, 1, '{}', 'now')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare(`INSERT INTO editor_state (key, value, updated_at) VALUES ('session', '{}', 'now')`).run();
    expect(db.prepare('SELECT value FROM editor_state').pluck().get()).toBe('{}');
  });
});
