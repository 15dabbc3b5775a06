import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { listLibrary } from '../pages/list-library';
import { testArchive } from '../search/test-archive';
import { articleNeighbours } from './article-neighbours';
import { libraryGroups } from './library-groups';
import { libraryPage, libraryPages } from './library-pages';

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

interface PageSpec {
  paper: string | null;
  date: string | null;
  label: string | null;
  articles: number;
}

function build(specs: PageSpec[]): Db {
  const db = testArchive();
  specs.forEach((s, i) => {
    const pageId = Number(
      db
        .prepare(
          `INSERT INTO pages (file_name, content_hash, encoding, source_text, paper, date, page_label, imported_at)
           VALUES (?, ?, 'utf-8', '', ?, ?, ?, 'now')`,
        )
        .run(`f${String(i).padStart(3, '0')}.txt`, `h${i}`, s.paper, s.date, s.label).lastInsertRowid,
    );
    for (let o = 0; o < s.articles; o++)
      db.prepare(
        `INSERT INTO articles (page_id, ordinal, kind, headline, paragraphs) VALUES (?, ?, 'article', ?, '["文"]')`,
      ).run(pageId, o, `p${pageId}-${o}`);
  });
  return db;
}

/** Walks the tree the way the renderer does: papers → months → days → pages (paged by `limit`). */
function walk(db: Db, limit: number): { articles: number[]; counts: number } {
  const articles: number[] = [];
  let counts = 0;
  for (const paper of value(libraryGroups(db, { level: 'papers' }))) {
    counts += paper.articles;
    const months = value(libraryGroups(db, { level: 'months', paper: paper.key }));
    expect(months.reduce((n, m) => n + m.articles, 0)).toBe(paper.articles);
    for (const month of months) {
      const days = value(libraryGroups(db, { level: 'days', paper: paper.key, month: month.key }));
      expect(days.reduce((n, d) => n + d.pages, 0)).toBe(month.pages);
      for (const day of days) {
        let after: Parameters<typeof libraryPages>[1]['after'];
        let pages = 0;
        for (;;) {
          const r = value(libraryPages(db, { paper: paper.key, date: day.key, after, limit }));
          expect(r.pages.length).toBeLessThanOrEqual(limit);
          pages += r.pages.length;
          for (const p of r.pages) articles.push(...p.articles.map((a) => a.id));
          if (!r.next) break;
          after = r.next;
        }
        expect(pages).toBe(day.pages);
      }
    }
  }
  return { articles, counts };
}

const page = fc.record({
  paper: fc.constantFrom(null, '南通晚报', '人民日报', '江海晚报'),
  date: fc.constantFrom(null, '2024-07-10', '2024-07-09', '2024-06-30', '2023-12-31'),
  label: fc.constantFrom(null, 'A1', 'A2', 'B3'),
  articles: fc.nat(3),
});

describe('library tree', () => {
  it('lists every article once, in the whole-library order, with matching counts, at any page size', () => {
    fc.assert(
      fc.property(fc.array(page, { maxLength: 30 }), fc.integer({ min: 1, max: 4 }), (specs, limit) => {
        const db = build(specs);
        const reference = value(listLibrary(db)).flatMap((p) => p.articles.map((a) => a.id));
        const { articles, counts } = walk(db, limit);
        expect(articles).toEqual(reference);
        expect(counts).toBe(reference.length);
      }),
      { numRuns: 60 },
    );
  });

  it('gives each article its previous and next in reading order, across pages, days and papers', () => {
    fc.assert(
      fc.property(fc.array(page, { maxLength: 30 }), (specs) => {
        const db = build(specs);
        const order = value(listLibrary(db)).flatMap((p) => p.articles.map((a) => a.id));
        order.forEach((id, i) => {
          const n = value(articleNeighbours(db, { id }));
          expect([n.previous?.id ?? null, n.next?.id ?? null]).toEqual([
            order[i - 1] ?? null,
            order[i + 1] ?? null,
          ]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('names the month and day groups by their keys, newest first, unknown last', () => {
    const db = build([
      { paper: '南通晚报', date: '2024-06-30', label: 'A1', articles: 1 },
      { paper: '南通晚报', date: '2024-07-10', label: 'A1', articles: 2 },
      { paper: '南通晚报', date: null, label: null, articles: 1 },
      { paper: null, date: '2024-07-10', label: null, articles: 0 },
    ]);
    expect(value(libraryGroups(db, { level: 'papers' }))).toEqual([
      { key: '南通晚报', pages: 3, articles: 4 },
      { key: null, pages: 1, articles: 0 },
    ]);
    expect(value(libraryGroups(db, { level: 'months', paper: '南通晚报' })).map((g) => g.key)).toEqual([
      '2024-07',
      '2024-06',
      null,
    ]);
    expect(value(libraryGroups(db, { level: 'days', paper: '南通晚报', month: '2024-07' }))).toEqual([
      { key: '2024-07-10', pages: 1, articles: 2 },
    ]);
  });

  it('refuses an unknown article or page with not-found', () => {
    const db = build([{ paper: null, date: null, label: null, articles: 1 }]);
    expect(articleNeighbours(db, { id: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(libraryPage(db, { pageId: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(value(libraryPage(db, { pageId: 1 })).articles).toHaveLength(1);
  });
});
