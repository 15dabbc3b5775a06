import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../db/open';
import { importSources, PAGES_PER_TRANSACTION, type ImportSource } from './import-files';

const SEED = readFileSync('seeds/000_3497fb0fb16c1ff0.txt', 'utf8');
/** The sample page with its first number changed: same shape, new content. */
const page = (i: number): ImportSource => ({
  name: `南通晚报_2024-07-10_A${i}.txt`,
  bytes: Buffer.from(SEED.replace(/\d+/, String(1000 + i)), 'utf8'),
});
const count = (db: ReturnType<typeof openArchive>['db'], table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('importSources', () => {
  it('imports more pages than one transaction holds, reporting a broken file among them', () => {
    const { db } = openArchive(':memory:');
    const sources = Array.from({ length: PAGES_PER_TRANSACTION + 6 }, (_, i) => page(i));
    sources.splice(10, 0, {
      name: 'broken.txt',
      bytes: Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00, 0xff]),
    });
    const progress: number[] = [];
    const report = importSources(db, sources, undefined, (n) => progress.push(n));
    expect(report.pages).toBe(PAGES_PER_TRANSACTION + 6);
    expect(report.files.filter((f) => f.status === 'failed').map((f) => f.name)).toEqual(['broken.txt']);
    expect(count(db, 'pages')).toBe(PAGES_PER_TRANSACTION + 6);
    expect(count(db, 'articles')).toBe(report.articles);
    expect(progress.at(-1)).toBe(sources.length);
  });

  it('leaves no part of a batch behind when storing a page throws', () => {
    const { db } = openArchive(':memory:');
    importSources(db, [page(0)]);
    const before = [count(db, 'pages'), count(db, 'articles')];
    // A write that fails mid-page (the second page's second article) stands in for a full disk.
    let n = 0;
    db.function('jb_test_fail', () => (++n === 7 ? 1 : 0));
    db.exec(`CREATE TEMP TRIGGER fail BEFORE INSERT ON articles WHEN jb_test_fail() = 1
             BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    expect(() => importSources(db, [page(1), page(2), page(3)])).toThrow('disk full');
    expect([count(db, 'pages'), count(db, 'articles')]).toEqual(before);
    const halfPages = db
      .prepare(
        'SELECT count(*) FROM pages p WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id)',
      )
      .pluck()
      .get();
    expect(halfPages).toBe(0);
  });
});
