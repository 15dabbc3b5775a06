import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { registerSearchFunctions } from '../../search/index-article';
import { migrate } from '../migrate';
import * as m015 from './015-page-structure';
import { migrations } from './index';

describe('migration page-structure', () => {
  const at = migrations.findIndex((m) => m.up === m015.up);

  it('keeps every article version with its UUID, accepts the reason structure, and adds the decisions table', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    registerSearchFunctions(db);
    migrate(db, migrations.slice(0, at));
    db.prepare(
      `INSERT INTO article_versions (article_id, version, reason, bylines, paragraphs, created_at)
       VALUES (7, 1, 'parsed', '[]', '["原文"]', 'then'), (7, 2, 'correction', '[]', '["改后"]', 'now')`,
    ).run();
    const before = db.prepare('SELECT * FROM article_versions ORDER BY id').all();
    expect(() =>
      db
        .prepare(
          `INSERT INTO article_versions (article_id, version, reason, bylines, paragraphs, created_at)
           VALUES (7, 3, 'structure', '[]', '[]', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/u);

    migrate(db, migrations.slice(0, at + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    expect(db.prepare('SELECT * FROM article_versions ORDER BY id').all()).toEqual(before);
    db.prepare(
      `INSERT INTO article_versions (article_id, version, reason, bylines, paragraphs, created_at)
       VALUES (7, 3, 'structure', '[]', '[]', 'x')`,
    ).run();
    const uuid = db.prepare('SELECT uuid FROM article_versions WHERE version = 3').pluck().get() as string;
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    db.prepare(
      `INSERT INTO page_structure (file_name, decision, created_at) VALUES ('a.txt', '{}', 'now')`,
    ).run();
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT id FROM pages WHERE warnings <> '[]' ORDER BY date DESC, id`)
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail).join(' ')).toContain('pages_to_review');
  });
});
