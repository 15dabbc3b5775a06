import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import * as m008 from './008-stable-ids';
import { migrations } from './index';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('migration stable-ids', () => {
  const at = migrations.findIndex((m) => m.up === m008.up);

  it('gives existing and new annotations, tags and versions distinct v4 UUIDs, keeping given ones', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, at));
    db.exec(`
      INSERT INTO pages (id, file_name, content_hash, encoding, source_text, imported_at)
        VALUES (1, 'a.txt', 'h1', 'utf-8', 'x', 'now');
      INSERT INTO articles (id, page_id, ordinal, kind, paragraphs) VALUES (7, 1, 0, 'article', '["正文正文"]');
      INSERT INTO tags (id, name, color, created_at) VALUES (1, '专题', '#123456', 'now'), (2, '人物', '#123456', 'now');
      INSERT INTO article_versions (article_id, version, reason, bylines, paragraphs, created_at)
        VALUES (7, 1, 'parsed', '[]', '["正文"]', 'now');
    `);
    const annotate = db.prepare(
      `INSERT INTO annotations (article_id, text_version, start, end, exact, prefix, suffix, colour, created_at, updated_at)
       VALUES (7, 1, 0, 2, '正文', '', '', 'yellow', 'now', 'now')`,
    );
    annotate.run();
    annotate.run();
    const before = db.prepare('SELECT id, note, colour FROM annotations ORDER BY id').all();
    migrate(db, migrations.slice(0, at + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    expect(db.prepare('SELECT id, note, colour FROM annotations ORDER BY id').all()).toEqual(before);
    annotate.run();
    db.prepare(`INSERT INTO tags (name, color, created_at, uuid) VALUES ('带来的', '#123456', 'now', ?)`).run(
      '11111111-2222-4333-8444-555555555555',
    );
    const uuids = ['annotations', 'tags', 'article_versions'].flatMap(
      (t) => db.prepare(`SELECT uuid FROM ${t}`).pluck().all() as string[],
    );
    expect(uuids).toHaveLength(3 + 3 + 1);
    expect(
      uuids.filter((u) => u !== '11111111-2222-4333-8444-555555555555').every((u) => UUID_V4.test(u)),
    ).toBe(true);
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(uuids).toContain('11111111-2222-4333-8444-555555555555');
    expect(() =>
      db
        .prepare(`UPDATE annotations SET uuid = (SELECT uuid FROM annotations WHERE id = 1) WHERE id = 2`)
        .run(),
    ).toThrow(/UNIQUE/);
  });
});
