import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { pageTextHash } from '../../pages/text-identity';
import { migrate } from '../migrate';
import * as m008 from './010-page-text-hash';
import { migrations } from './index';

describe('migration page-text-hash', () => {
  const at = migrations.findIndex((m) => m.up === m008.up);

  it('gives every existing page the hash of its normalised text', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, at));
    db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, imported_at)
       VALUES (1, 'a.txt', 'h1', 'utf-8', '标题\n正文', 'now'), (2, 'b.txt', 'h2', 'utf-16le', '标题\r\n正文  \r\n', 'now')`,
    ).run();
    migrate(db, migrations.slice(0, at + 1));
    const hashes = db.prepare('SELECT text_hash FROM pages ORDER BY id').pluck().all();
    expect(hashes).toEqual([pageTextHash('标题\n正文'), pageTextHash('标题\n正文')]);
    expect(hashes[0]).toMatch(/^[0-9a-f]{64}$/);
  });
});
