import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../db/open';
import { createAnnotation } from '../annotations/create-annotation';
import { correctArticle } from '../corrections/correct-article';
import { applyTag } from '../tags/apply-tag';
import { deleteTag } from '../tags/move-tag';
import { findTag } from '../tags/tag-store';
import { cachedOrderGeneration, orderGeneration, recencyOrder } from './recency-order';
import { addArticle, addPage, testArchive } from './test-archive';

/** The order straight from SQL, to compare the cached one with. */
const sqlOrder = (db: ReturnType<typeof testArchive>) =>
  db
    .prepare(
      'SELECT a.id FROM articles a JOIN pages p ON p.id = a.page_id ORDER BY p.date IS NULL, p.date DESC, a.id DESC',
    )
    .pluck()
    .all();

describe('recency order cache', () => {
  it('survives tag, annotation and text writes; rebuilds after article and page-date writes', () => {
    const db = testArchive();
    const page = addPage(db, '2024-01-01');
    const id = addArticle(db, page, { headline: '南通', paragraphs: ['长江口的南通'] });
    const built = recencyOrder(db);
    const at = cachedOrderGeneration(db);
    expect(at).toBe(orderGeneration(db));

    applyTag(db, { tag: '专题', articleIds: [id] });
    deleteTag(db, { tagId: findTag(db, '专题')!.id });
    createAnnotation(db, { articleId: id, start: 0, end: 3, exact: '长江口', colour: 'yellow', note: '' });
    correctArticle(db, { articleId: id, paragraphs: ['长江口的南通市'] });
    expect(recencyOrder(db)).toBe(built);
    expect(cachedOrderGeneration(db)).toBe(at);

    const newer = addArticle(db, addPage(db, '2024-03-01'), { paragraphs: ['南通'] });
    expect([...recencyOrder(db).ids]).toEqual([newer, id]);
    const afterInsert = cachedOrderGeneration(db)!;
    expect(afterInsert).toBeGreaterThan(at!);

    db.prepare('UPDATE pages SET date = ? WHERE id = ?').run('2025-01-01', page);
    expect([...recencyOrder(db).ids]).toEqual([id, newer]);
    expect(cachedOrderGeneration(db)).toBeGreaterThan(afterInsert);
  });

  it('never keeps an order built inside a transaction that is rolled back', () => {
    const db = testArchive();
    addArticle(db, addPage(db, '2024-01-01'), { paragraphs: ['甲'] });
    recencyOrder(db);
    const rollback = new Error('rollback');
    expect(() =>
      db.transaction(() => {
        addArticle(db, addPage(db, '2030-01-01'), { paragraphs: ['未来'] });
        expect(recencyOrder(db).ids).toHaveLength(2);
        throw rollback;
      })(),
    ).toThrow(rollback);
    // The same generation number comes back with a different article behind it.
    addArticle(db, addPage(db, '1990-01-01'), { paragraphs: ['往昔'] });
    expect([...recencyOrder(db).ids]).toEqual(sqlOrder(db));
  });

  it('is kept in the archive for the next connection while its generation holds, and rebuilt after', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jianbao-order-'));
    const file = join(dir, 'archive.db');
    try {
      const first = openArchive(file);
      const older = addArticle(first.db, addPage(first.db, '2024-01-01'), { paragraphs: ['甲'] });
      const newer = addArticle(first.db, addPage(first.db, '2024-02-01'), { paragraphs: ['乙'] });
      expect([...recencyOrder(first.db).ids]).toEqual([newer, older]);
      const stored = (db: Database.Database) =>
        db.prepare('SELECT generation, length(ids) AS bytes FROM search_order_cache').get();
      expect(stored(first.db)).toEqual({ generation: orderGeneration(first.db), bytes: 8 });
      first.close();

      // A new connection reads the stored order rather than sorting: shown by one deliberately wrong.
      const raw = new Database(file);
      const swapped = Buffer.alloc(8);
      swapped.writeInt32LE(older, 0);
      swapped.writeInt32LE(newer, 4);
      raw.prepare('UPDATE search_order_cache SET ids = ?').run(swapped);
      raw.close();
      const second = openArchive(file);
      expect([...recencyOrder(second.db).ids]).toEqual([older, newer]);

      // Any change to the order moves the generation on: the stored order is ignored and replaced.
      const newest = addArticle(second.db, addPage(second.db, '2024-03-01'), { paragraphs: ['丙'] });
      expect([...recencyOrder(second.db).ids]).toEqual([newest, newer, older]);
      expect(stored(second.db)).toEqual({ generation: orderGeneration(second.db), bytes: 12 });
      second.close();

      // Read-only, or with another writer holding the lock: built, used, not stored, never an error.
      const writer = openArchive(file);
      addArticle(writer.db, addPage(writer.db, '2024-04-01'), { paragraphs: ['丁'] });
      const readOnly = openArchive(file, { readOnly: true });
      expect(recencyOrder(readOnly.db).ids).toHaveLength(4);
      readOnly.close();
      writer.db.prepare('BEGIN IMMEDIATE').run();
      const reader = openArchive(file);
      expect(recencyOrder(reader.db).ids).toHaveLength(4);
      expect(stored(reader.db)).toMatchObject({ bytes: 12 });
      reader.close();
      writer.db.prepare('ROLLBACK').run();
      writer.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
