import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../db/open';
import type { Db } from '../db/db';
import { buildBundle } from '../export/build-bundle';
import { importBundle, parseBundle } from '../export/import-bundle';
import { importSources } from '../pages/import-files';
import { pageLayout } from './page-layout';
import { restructurePage } from './restructure-page';

const NAME = '南通晚报_2024-07-12_A2.txt';
const bytes = readFileSync(join(__dirname, 'fixtures', NAME));

const headlines = (db: Db): (string | null)[] =>
  db.prepare('SELECT headline FROM articles ORDER BY ordinal').pluck().all() as (string | null)[];

function fixedArchive(): Db {
  const { db } = openArchive(':memory:');
  importSources(db, [{ name: NAME, bytes }]);
  const pageId = db.prepare('SELECT id FROM pages').pluck().get() as number;
  const r = restructurePage(db, { pageId, lines: [7], action: { type: 'role', role: 'body' } });
  if (!r.ok) throw new Error(r.error.code);
  return db;
}

describe('a bundle carries structure fixes', () => {
  it('round trip: the other archive gets the whole article and the decision, and a re-import there keeps it', () => {
    const db = fixedArchive();
    const ids = db.prepare('SELECT id FROM articles ORDER BY ordinal').pluck().all() as number[];
    const json = JSON.stringify(buildBundle(db, ids, { title: 't', exportedAt: '2024-07-12T00:00:00.000Z' }));
    const bundle = parseBundle(json);
    if (!bundle.ok) throw new Error(bundle.error.code);
    expect(bundle.value.pages[0]?.structure).toEqual([
      { action: 'role', line: { text: '人才引进成效明显', occurrence: 0, lineNo: 7 }, role: 'body' },
    ]);

    const { db: other } = openArchive(':memory:');
    expect(importBundle(other, bundle.value).ok).toBe(true);
    expect(headlines(other)).toEqual(['沿江科创带建设提速', '市民公园完成改造']);
    const pageId = other.prepare('SELECT id FROM pages').pluck().get() as number;
    const view = pageLayout(other, { pageId });
    expect(view.ok && view.value.decisions).toBe(1);
    // Twice changes nothing.
    expect(importBundle(other, bundle.value).ok).toBe(true);
    expect(other.prepare('SELECT count(*) FROM page_structure').pluck().get()).toBe(1);

    const corrected = Buffer.from(bytes.toString('utf8').replace('一百余处', '一百二十处'));
    const report = importSources(other, [{ name: NAME, bytes: corrected }]);
    expect(report.files[0]?.status).toBe('replaced');
    expect(headlines(other)).toEqual(['沿江科创带建设提速', '市民公园完成改造']);
  });
});
