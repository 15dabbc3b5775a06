import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { searchArticles } from '../../search/search-articles';
import { migrate } from '../migrate';
import { migrations } from './index';

describe('migration 004 (articles_fts)', () => {
  it('indexes articles that existed before the upgrade', () => {
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, 3));
    db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, imported_at)
       VALUES (1, 'a.txt', 'h', 'utf-8', '', '2024-01-01')`,
    ).run();
    db.prepare(
      `INSERT INTO articles (page_id, ordinal, kind, headline, bylines, paragraphs)
       VALUES (1, 0, 'article', '升级之前', '[{"role":"记者","name":"吴新明"}]', '["旧档案的正文"]')`,
    ).run();
    migrate(db);
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(4);
    for (const q of ['升级', '旧档案', 'byline:吴新明'])
      expect(searchArticles(db, { query: q }), q).toMatchObject({ ok: true, value: { total: 1 } });
    // New writes on this raw connection (the migration registered the function) stay indexed too.
    db.prepare(
      `INSERT INTO articles (page_id, ordinal, kind, headline, bylines, paragraphs)
       VALUES (1, 1, 'brief', '升级之后', '[]', '[]')`,
    ).run();
    expect(searchArticles(db, { query: '升级' })).toMatchObject({ ok: true, value: { total: 2 } });
  });
});
