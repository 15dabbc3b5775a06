import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/db';
import { testArchive } from '../search/test-archive';
import { adjacentIssue, libraryIssues } from './issues';

const value = <T>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error('expected ok');
  return r.value;
};

function build(pages: { paper: string | null; date: string | null }[]): Db {
  const db = testArchive();
  pages.forEach((p, i) =>
    db
      .prepare(
        `INSERT INTO pages (file_name, content_hash, encoding, source_text, paper, date, imported_at)
         VALUES (?, ?, 'utf-8', '', ?, ?, 'now')`,
      )
      .run(`f${i}.txt`, `h${i}`, p.paper, p.date),
  );
  return db;
}

const plan = (db: Db, sql: string): string =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('; ');

describe('issues of a paper', () => {
  const db = build([
    { paper: '南通晚报', date: '2024-07-10' },
    { paper: '南通晚报', date: '2024-07-10' },
    { paper: '南通晚报', date: '2024-07-12' },
    { paper: '南通晚报', date: '2024-08-01' },
    { paper: '人民日报', date: '2024-07-11' },
    { paper: '南通晚报', date: null },
  ]);

  it('lists the days with pages in a range, with their page counts, for that paper only', () => {
    expect(value(libraryIssues(db, { paper: '南通晚报', from: '2024-07-01', to: '2024-07-31' }))).toEqual([
      { date: '2024-07-10', pages: 2, articles: 0 },
      { date: '2024-07-12', pages: 1, articles: 0 },
    ]);
    expect(value(libraryIssues(db, { paper: '人民日报', from: '2024-07-01', to: '2024-07-31' }))).toEqual([
      { date: '2024-07-11', pages: 1, articles: 0 },
    ]);
  });

  it('steps to the previous and next issue, across months, and says when there is none', () => {
    const step = (date: string, direction: 'previous' | 'next' | 'nearest') =>
      value(adjacentIssue(db, { paper: '南通晚报', date, direction }))?.date ?? null;
    expect(step('2024-07-12', 'previous')).toBe('2024-07-10');
    expect(step('2024-07-12', 'next')).toBe('2024-08-01');
    expect(step('2024-08-01', 'next')).toBeNull();
    // An undated page is not an issue: nothing comes before the first dated day.
    expect(step('2024-07-10', 'previous')).toBeNull();
    expect(step('2024-07-11', 'nearest')).toBe('2024-07-10');
    expect(step('2024-07-25', 'nearest')).toBe('2024-08-01');
    expect(step('2024-07-12', 'nearest')).toBe('2024-07-12');
  });

  it('agrees with a plain scan of the pages for any set of days', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 60 }),
        (days, at) => {
          const iso = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);
          const db = build(days.map((d) => ({ paper: 'P', date: iso(d) })));
          const sorted = [...days].sort((a, b) => a - b);
          const prev = sorted.filter((d) => d < at).at(-1);
          const next = sorted.find((d) => d > at);
          const got = (direction: 'previous' | 'next') =>
            value(adjacentIssue(db, { paper: 'P', date: iso(at), direction }))?.date ?? null;
          expect(got('previous')).toBe(prev === undefined ? null : iso(prev));
          expect(got('next')).toBe(next === undefined ? null : iso(next));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reads the per-day table by its key, never every page', () => {
    expect(
      plan(
        db,
        `SELECT date FROM library_days WHERE paper = 'x' AND date < '2024-01-01' ORDER BY date DESC LIMIT 1`,
      ),
    ).toMatch(/USING PRIMARY KEY/);
    expect(
      plan(
        db,
        `SELECT date FROM library_days WHERE paper = 'x' AND date >= '2024-01-01' AND date <= '2024-12-31'`,
      ),
    ).toMatch(/USING PRIMARY KEY/);
  });
});
