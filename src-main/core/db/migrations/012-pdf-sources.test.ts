import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate';
import * as m012 from './012-pdf-sources';
import { migrations } from './index';

describe('migration pdf-sources', () => {
  const at = migrations.findIndex((m) => m.up === m012.up);

  it('adds PDF origins and article rectangles to an existing archive, removed with their page', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations.slice(0, at));
    db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, imported_at)
       VALUES (1, 'a.pdf', 'h1', 'pdf', 'x', 'now')`,
    ).run();
    db.prepare(
      `INSERT INTO articles (id, page_id, ordinal, kind, paragraphs) VALUES (7, 1, 0, 'article', '[]')`,
    ).run();
    migrate(db, migrations.slice(0, at + 1));
    expect(db.pragma('user_version', { simple: true })).toBe(at + 1);

    db.prepare(
      `INSERT INTO page_pdf (page_id, pdf_sha256, page_no, width, height) VALUES (1, 'abc', 1, 842, 1190)`,
    ).run();
    db.prepare(`INSERT INTO article_regions (article_id, rects) VALUES (7, '[[10,20,300,400]]')`).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO page_pdf (page_id, pdf_sha256, page_no, width, height) VALUES (2, 'x', 1, 1, 1)`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/u);

    db.prepare('DELETE FROM pages WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) FROM page_pdf').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM article_regions').pluck().get()).toBe(0);
  });
});
