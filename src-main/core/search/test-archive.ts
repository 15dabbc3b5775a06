/**
 * Test support for the search tests: a fresh in-memory archive and direct article inserts, so
 * the tests exercise the triggers without depending on the parser's heuristics.
 */
import type { Db } from '../db/db';
import { openArchive } from '../db/open';
import { articleSegments, columnOf, COLUMNS, type SearchableRow } from './article-segments';
import { normalize } from './normalize-text';
import { fromClause, prepareQuery, whereClauses } from './search-articles';

export interface TestArticle {
  kind?: 'article' | 'photo' | 'brief';
  kicker?: string | null;
  headline?: string | null;
  subheadline?: string | null;
  source?: string | null;
  bylines?: { role: string; name: string }[];
  paragraphs?: string[];
  /** An explicit id (say, in another 4096-id block of the recency order); else the next one. */
  id?: number;
}

export function testArchive(): Db {
  return openArchive(':memory:').db;
}

let pageSeq = 0;

/** Adds a page (with an optional date) and returns its id. */
export function addPage(db: Db, date: string | null = null): number {
  pageSeq++;
  return Number(
    db
      .prepare(
        `INSERT INTO pages (file_name, content_hash, encoding, source_text, date, imported_at)
         VALUES (?, ?, 'utf-8', '', ?, '2024-01-01T00:00:00Z')`,
      )
      .run(`p${pageSeq}.txt`, `hash-${pageSeq}-${Math.random()}`, date).lastInsertRowid,
  );
}

export function addArticle(db: Db, pageId: number, a: TestArticle): number {
  const ordinal = db.prepare('SELECT count(*) FROM articles WHERE page_id = ?').pluck().get(pageId) as number;
  return Number(
    db
      .prepare(
        `INSERT INTO articles (id, page_id, ordinal, kind, kicker, headline, subheadline, source, bylines, paragraphs)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        a.id ?? null,
        pageId,
        ordinal,
        a.kind ?? 'article',
        a.kicker ?? null,
        a.headline ?? null,
        a.subheadline ?? null,
        a.source ?? null,
        JSON.stringify(a.bylines ?? []),
        JSON.stringify(a.paragraphs ?? []),
      ).lastInsertRowid,
  );
}

/** Normalised text of each FTS column, joined the way the index joins segments. */
export function columnTexts(row: SearchableRow): Record<string, string> {
  const segments = articleSegments(row);
  return Object.fromEntries(
    COLUMNS.map((c) => [
      c,
      segments
        .filter((s) => columnOf[s.field] === c)
        .map((s) => normalize(s.text))
        .join(' '),
    ]),
  );
}

/** The Ctrl+F oracle: ids of articles whose normalised text contains every term. */
export function bruteForce(db: Db, terms: string[]): number[] {
  const rows = db
    .prepare(
      'SELECT id, kicker, headline, subheadline, source, bylines, paragraphs FROM articles ORDER BY id',
    )
    .all() as (SearchableRow & { id: number })[];
  const wanted = terms.map((t) => normalize(t).replace(/ +/g, ' ').trim());
  return rows
    .filter((r) => {
      const texts = Object.values(columnTexts(r));
      return wanted.every((w) => texts.some((t) => t.includes(w)));
    })
    .map((r) => r.id);
}

/**
 * The promised order spelled out the slow way, sharing nothing with rank-common.ts but the SQL
 * filters (search-articles.ts): every match with its page date, headline hits (of the full query) first, then the
 * rest, each newest page first, undated last, higher id first on the same date.
 */
export function referenceOrder(db: Db, query: string): number[] {
  const c = prepareQuery(query);
  if (!c.ok || c.value.match === null) throw new Error(query);
  const w = whereClauses(c.value);
  const rows = db
    .prepare(`SELECT a.id AS id, p.date AS date FROM ${fromClause(c.value)} WHERE ${w.sql}`)
    .all(...w.params) as { id: number; date: string | null }[];
  const headline = new Set(
    db
      .prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?')
      .pluck()
      .all(`headline : (${c.value.match})`) as number[],
  );
  const key = (r: { id: number; date: string | null }) => [
    headline.has(r.id) ? 0 : 1,
    r.date === null ? 1 : 0,
  ];
  return rows
    .sort((a, b) => {
      const [ga, na] = key(a);
      const [gb, nb] = key(b);
      return ga! - gb! || na! - nb! || (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id;
    })
    .map((r) => r.id);
}
