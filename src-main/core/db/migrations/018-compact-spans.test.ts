import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { readSpans } from '../../page-view/stored-spans';
import { registerPeopleFunctions } from '../../people/people-functions';
import { registerSearchFunctions } from '../../search/index-article';
import { migrate } from '../migrate';
import * as m018 from './018-compact-spans';
import { migrations } from './index';

/** JSON spans as older versions wrote them, of several shapes; one in three has an empty group. */
function jsonSpans(i: number): string {
  const shapes = [
    {
      kicker: [[i, i + 7]],
      headline: [[i + 8, i + 20]],
      bylines: [[[i + 21, i + 23]]],
      paragraphs: [[[i + 30, i + 90]]],
    },
    {},
    { headline: [], bylines: [[]], markup: [[i, i + 1]] },
  ];
  return JSON.stringify(shapes[i % shapes.length]);
}

describe('migration compact-spans', () => {
  const at = migrations.findIndex((m) => m.up === m018.up);

  it('rewrites every article’s spans in the short form, reading back the same, across batches', () => {
    expect(at).toBeGreaterThan(0);
    const db = new Database(':memory:');
    registerSearchFunctions(db);
    registerPeopleFunctions(db);
    migrate(db, migrations.slice(0, at));
    db.prepare(
      `INSERT INTO pages (id, file_name, content_hash, encoding, source_text, imported_at)
       VALUES (1, 'a.txt', 'h', 'utf-8', '', 'now')`,
    ).run();
    const insert = db.prepare(
      `INSERT INTO articles (id, page_id, ordinal, kind, headline, paragraphs, spans)
       VALUES (?, 1, ?, 'article', ?, '["正文"]', ?)`,
    );
    const ids = Array.from({ length: 2500 }, (_, i) => i * 2 + 1);
    ids.forEach((id, i) => insert.run(id, i, `标题${id}`, jsonSpans(id)));
    insert.run(9999, 9999, '坏的', '{"kicker":[[1,');

    migrate(db, migrations.slice(0, at + 1));
    const rows = db.prepare('SELECT id, spans FROM articles ORDER BY id').all() as {
      id: number;
      spans: string;
    }[];
    for (const r of rows.filter((r) => r.id !== 9999)) {
      expect(readSpans(r.spans)).toEqual(JSON.parse(jsonSpans(r.id)));
      expect(r.spans.startsWith('~')).toBe(r.id % 3 !== 2);
    }
    // A damaged row is left as it was rather than stopping the archive from opening.
    expect(rows.find((r) => r.id === 9999)?.spans).toBe('{"kicker":[[1,');
  });
});
