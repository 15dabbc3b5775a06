import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import * as m007 from './007-search-order-generation';
import { migrations } from './index';

describe('migration search-order-generation', () => {
  const at = migrations.findIndex((m) => m.up === m007.up);

  it('counts article and page-date changes, not other writes, on an existing archive', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, at));
    db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, date, imported_at)
       VALUES (1, 'a.txt', 'h1', 'utf-8', 'x', '2024-01-01', 'now'), (2, 'b.txt', 'h2', 'utf-8', 'y', NULL, 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO articles (id, page_id, ordinal, kind, paragraphs) VALUES (7, 1, 0, 'article', '["正文"]')`,
    ).run();
    migrate(db, migrations.slice(0, at + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);
    const generation = () =>
      db.prepare('SELECT generation FROM search_order_generation').pluck().get() as number;
    expect(generation()).toBe(0);

    db.prepare(`INSERT INTO tags (id, name, color, created_at) VALUES (1, '专题', '#123456', 'now')`).run();
    db.prepare('INSERT INTO article_tags (article_id, tag_id) VALUES (7, 1)').run();
    db.prepare(`UPDATE articles SET headline = '改', paragraphs = '["改正"]' WHERE id = 7`).run();
    db.prepare(`UPDATE pages SET paper = '晚报', date = '2024-01-01' WHERE id = 1`).run();
    expect(generation()).toBe(0);

    db.prepare(
      `INSERT INTO articles (id, page_id, ordinal, kind, paragraphs) VALUES (8, 2, 0, 'article', '[]')`,
    ).run();
    expect(generation()).toBe(1);
    db.prepare(`UPDATE pages SET date = '2024-02-02' WHERE id = 2`).run();
    expect(generation()).toBe(2);
    db.prepare('UPDATE articles SET page_id = 1, ordinal = 1 WHERE id = 8').run();
    expect(generation()).toBe(3);
    db.prepare('DELETE FROM article_tags').run();
    db.prepare('DELETE FROM pages WHERE id = 1').run();
    expect(generation()).toBe(5);
  });
});
