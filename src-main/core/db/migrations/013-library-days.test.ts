import Database from 'better-sqlite3';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db';
import { migrate } from '../migrate';
import { registerSearchFunctions } from '../../search/index-article';
import * as m012 from './013-library-days';
import { migrations } from './index';

const at = migrations.findIndex((m) => m.up === m012.up);

function freshDb(upTo: number): Db {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  registerSearchFunctions(db);
  migrate(db, migrations.slice(0, upTo));
  return db;
}

/** What the table must hold: a GROUP BY over every page and article. */
function recount(db: Db): unknown[] {
  return db
    .prepare(
      `SELECT coalesce(p.paper, '') AS paper, coalesce(p.date, '') AS date, count(*) AS pages,
         sum((SELECT count(*) FROM articles a WHERE a.page_id = p.id)) AS articles
       FROM pages p GROUP BY 1, 2 ORDER BY 1, 2`,
    )
    .all();
}
const kept = (db: Db) => db.prepare('SELECT * FROM library_days ORDER BY paper, date').all();

let seq = 0;
function addPage(db: Db, paper: string | null, date: string | null): void {
  seq++;
  db.prepare(
    `INSERT INTO pages (file_name, content_hash, encoding, source_text, paper, date, imported_at)
     VALUES (?, ?, 'utf-8', '', ?, ?, 'now')`,
  ).run(`p${seq}.txt`, `h${seq}`, paper, date);
}
function addArticle(db: Db, pageId: number): void {
  seq++;
  db.prepare(
    `INSERT INTO articles (page_id, ordinal, kind, paragraphs) VALUES (?, ?, 'article', '["文"]')`,
  ).run(pageId, seq);
}
const pick = (db: Db, table: string, n: number): number | undefined =>
  db.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 1 OFFSET ?`).pluck().get(n) as number | undefined;

describe('migration library-days', () => {
  it('counts an existing archive when it runs', () => {
    expect(at).toBeGreaterThan(0);
    const db = freshDb(at);
    addPage(db, '晚报', '2024-07-01');
    addPage(db, '晚报', '2024-07-01');
    addPage(db, null, null);
    addArticle(db, 1);
    addArticle(db, 1);
    addArticle(db, 2);
    migrate(db, migrations.slice(0, at + 1));
    expect(kept(db)).toEqual([
      { paper: '', date: '', pages: 1, articles: 0 },
      { paper: '晚报', date: '2024-07-01', pages: 2, articles: 3 },
    ]);
  });

  it('takes a deleted page and its cascaded articles out of a day that keeps other pages', () => {
    const db = freshDb(at + 1);
    addPage(db, '晚报', '2024-07-01');
    addPage(db, '晚报', '2024-07-01');
    addArticle(db, 1);
    addArticle(db, 1);
    addArticle(db, 2);
    db.prepare('DELETE FROM pages WHERE id = 1').run();
    expect(kept(db)).toEqual([{ paper: '晚报', date: '2024-07-01', pages: 1, articles: 1 }]);
  });

  // Few days, so pages share days and a delete or move leaves a day that still has other pages.
  const papers = fc.constantFrom(null, '晚报');
  const dates = fc.constantFrom(null, '2024-07-01', '2024-07-02');
  const step = fc.oneof(
    { weight: 3, arbitrary: fc.record({ op: fc.constant('page' as const), paper: papers, date: dates }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('article' as const), n: fc.nat(20) }) },
    fc.record({ op: fc.constant('deleteArticle' as const), n: fc.nat(30) }),
    fc.record({ op: fc.constant('deletePage' as const), n: fc.nat(20) }),
    fc.record({ op: fc.constant('movePage' as const), n: fc.nat(20), paper: papers, date: dates }),
    fc.record({ op: fc.constant('moveArticle' as const), n: fc.nat(30), to: fc.nat(20) }),
  );

  it('stays equal to a recount after any sequence of page and article writes', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const db = freshDb(at + 1);
        for (const s of steps) {
          const pages = db.prepare('SELECT count(*) FROM pages').pluck().get() as number;
          const articles = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
          if (s.op === 'page') addPage(db, s.paper, s.date);
          else if (s.op === 'article' && pages > 0) addArticle(db, pick(db, 'pages', s.n % pages)!);
          else if (s.op === 'deleteArticle' && articles > 0)
            db.prepare('DELETE FROM articles WHERE id = ?').run(pick(db, 'articles', s.n % articles));
          else if (s.op === 'deletePage' && pages > 0)
            db.prepare('DELETE FROM pages WHERE id = ?').run(pick(db, 'pages', s.n % pages));
          else if (s.op === 'movePage' && pages > 0)
            db.prepare('UPDATE pages SET paper = ?, date = ? WHERE id = ?').run(
              s.paper,
              s.date,
              pick(db, 'pages', s.n % pages),
            );
          else if (s.op === 'moveArticle' && articles > 0 && pages > 0)
            db.prepare('UPDATE articles SET page_id = ? WHERE id = ?').run(
              pick(db, 'pages', s.to % pages),
              pick(db, 'articles', s.n % articles),
            );
        }
        expect(kept(db)).toEqual(recount(db));
        db.close();
      }),
      { numRuns: 400 },
    );
  });
});
