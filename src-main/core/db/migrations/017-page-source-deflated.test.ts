import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sourceTextOf, type StoredSourceText } from '../../pages/source-text';
import { migrate } from '../migrate';
import * as m017 from './017-page-source-deflated';
import { migrations } from './index';

/** Texts a page may hold: CJK, CRLF, a BOM, astral characters, blank, and long enough to span pages. */
function textOf(i: number): string {
  const shapes = [
    `南通晚报 2024年${i}月\n\n标题第${i}号\n  正文一段,共${i}字。`,
    `\uFEFFA${i}\r\n江海晚报\r\n𠀋𡈽 emoji 📰 ${i}\r\n`,
    '',
    '本报讯 '.repeat(900) + String(i),
  ];
  return shapes[i % shapes.length]!;
}

describe('migration page-source-deflated', () => {
  const at = migrations.findIndex((m) => m.up === m017.up);

  it('stores every existing page deflated, its text identical, across more than one batch', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    migrate(db, migrations.slice(0, at));
    const insert = db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, imported_at)
       VALUES (?, ?, ?, 'utf-8', ?, 'now')`,
    );
    // Ids with gaps, and more pages than one batch.
    const ids = Array.from({ length: 1203 }, (_, i) => i * 3 + 1);
    for (const id of ids) insert.run(id, `p${id}.txt`, `h${id}`, textOf(id));
    migrate(db, migrations.slice(0, at + 1));

    const rows = db
      .prepare('SELECT id, source_text, source_deflated FROM pages ORDER BY id')
      .all() as (StoredSourceText & { id: number })[];
    expect(rows.map((r) => r.id)).toEqual(ids);
    for (const r of rows) {
      expect(r.source_text).toBe('');
      expect(r.source_deflated).toBeInstanceOf(Buffer);
      expect(sourceTextOf(r)).toBe(textOf(r.id));
    }
  });
});
