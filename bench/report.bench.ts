/**
 * 稿件统计 (issue 16): the report over a generated archive (default 1M articles) against a plain
 * GROUP BY over the same byline rows, and against the naive query that unpacks every article's
 * bylines JSON. Same archive, same run, medians of several runs; goal: the report under 1 s.
 * Also the write cost of keeping the people tables in step (insert with and without the triggers).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ReportFiltersT } from '../src-main/contract';
import type { Db } from '../src-main/core/db/db';
import { openArchive } from '../src-main/core/db/open';
import { bylineReport } from '../src-main/core/people/byline-report';
import { makeCorpus, type Corpus } from './corpus';

const now = (): number => performance.now();
const PER_PAGE = 8;
const PAPERS = ['南通晚报', '江海晚报'];

/** Inserts `count` articles from `start` in batches; returns milliseconds. */
function insertArticles(db: Db, corpus: Corpus, start: number, count: number): number {
  const insertPage = db.prepare(
    `INSERT INTO pages (file_name, content_hash, encoding, source_text, paper, date, page_label, imported_at)
     VALUES (?, ?, 'utf-8', '', ?, ?, ?, '2024-01-01T00:00:00Z')`,
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (page_id, ordinal, kind, headline, bylines, paragraphs) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const t = now();
  for (let from = start; from < start + count; from += 4000) {
    db.transaction(() => {
      let pageId = 0;
      for (let i = from; i < Math.min(start + count, from + 4000); i++) {
        const a = corpus.article(i);
        const page = Math.floor(i / PER_PAGE);
        if (i % PER_PAGE === 0)
          pageId = Number(
            insertPage.run(`p${page}.txt`, `h${page}`, PAPERS[page % 2], a.date, `A${(page % 8) + 1}`)
              .lastInsertRowid,
          );
        insertArticle.run(
          pageId,
          i % PER_PAGE,
          a.kind,
          a.headline,
          JSON.stringify(a.bylines),
          JSON.stringify(a.paragraphs),
        );
      }
    })();
  }
  return now() - t;
}

function fresh(): { db: Db; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-report-'));
  const { db } = openArchive(join(dir, 'archive.db'));
  db.pragma('synchronous = OFF');
  // Search's index is not under test here and would dominate the build.
  db.exec('DROP TRIGGER articles_fts_insert');
  return { db, dir };
}

const PEOPLE_TRIGGERS = ['people_article_insert'];

/** Write overhead: the same articles inserted with and without the people triggers. */
function writeCost(corpus: Corpus, n: number): { withPeopleMs: number; withoutPeopleMs: number } {
  const a = fresh();
  const withPeopleMs = insertArticles(a.db, corpus, 0, n);
  a.db.close();
  rmSync(a.dir, { recursive: true, force: true });
  const b = fresh();
  for (const t of PEOPLE_TRIGGERS) b.db.exec(`DROP TRIGGER ${t}`);
  const withoutPeopleMs = insertArticles(b.db, corpus, 0, n);
  b.db.close();
  rmSync(b.dir, { recursive: true, force: true });
  return { withPeopleMs: Math.round(withPeopleMs), withoutPeopleMs: Math.round(withoutPeopleMs) };
}

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
function timed(reps: number, f: () => unknown): number {
  const ms: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = now();
    f();
    ms.push(now() - t);
  }
  return Math.round(median(ms) * 10) / 10;
}

/**
 * The baseline: the same per-person, per-role, per-month counts by one plain GROUP BY over the
 * byline rows (clustered by day, so a range is one contiguous read).
 */
function plainGroupBy(db: Db, f: ReportFiltersT): unknown[] {
  const where = ['1'];
  const params: string[] = [];
  const add = (sql: string, value: string | undefined): void => {
    if (value === undefined) return;
    where.push(sql);
    params.push(value);
  };
  add('day >= ?', f.from);
  add("day <= ? AND day <> ''", f.to);
  add('paper = ?', f.paper);
  add('page_label = ?', f.pageLabel);
  return db
    .prepare(
      `SELECT name, role, substr(day, 1, 7) AS month, count(*), sum(first), sum(names > 1), sum(chars), sum(front),
         sum(kind = 'photo') FROM article_bylines WHERE ${where.join(' AND ')} GROUP BY name, role, month`,
    )
    .all(...params);
}

/** What a report without maintained tables would do: unpack every article's bylines JSON. */
function naiveJson(db: Db, f: ReportFiltersT): unknown[] {
  return db
    .prepare(
      `SELECT b.value ->> 'name' AS name, b.value ->> 'role' AS role, substr(p.date, 1, 7) AS month, count(*)
       FROM articles a JOIN pages p ON p.id = a.page_id, json_each(a.bylines) b
       WHERE (? IS NULL OR p.date >= ?) AND (? IS NULL OR p.date <= ?) GROUP BY name, role, month`,
    )
    .all(f.from ?? null, f.from ?? null, f.to ?? null, f.to ?? null);
}

export async function benchReport(opts: { size?: number } = {}): Promise<Record<string, unknown>> {
  const size = opts.size ?? 1_000_000;
  const corpus = makeCorpus();
  const write = writeCost(corpus, Math.min(size, 20_000));
  const { db, dir } = fresh();
  const buildMs = insertArticles(db, corpus, 0, size);
  db.exec('ANALYZE');
  const counts = db
    .prepare(
      `SELECT (SELECT count(*) FROM article_bylines) AS bylineRows, (SELECT count(*) FROM byline_months) AS monthRows,
         (SELECT count(*) FROM persons) AS persons`,
    )
    .get() as Record<string, number>;
  const cases: [string, ReportFiltersT][] = [
    ['all time', {}],
    ['one year', { from: '2023-01-01', to: '2023-12-31' }],
    ['twelve months across two years', { from: '2023-07-01', to: '2024-06-30' }],
    ['one month', { from: '2023-07-01', to: '2023-07-31' }],
    ['mid-month to mid-month (2 months)', { from: '2023-07-15', to: '2023-09-14' }],
    ['one year, one paper', { from: '2023-01-01', to: '2023-12-31', paper: PAPERS[0] }],
    ['one month, 版次 A1 (rows only)', { from: '2023-07-01', to: '2023-07-31', pageLabel: 'A1' }],
  ];
  const reps = size >= 500_000 ? 3 : 5;
  const results = cases.map(([label, f]) => {
    const report = bylineReport(db, f);
    const people = report.ok ? report.value.people.length : -1;
    const jianbaoMs = timed(reps, () => bylineReport(db, f));
    const groupByMs = timed(reps, () => plainGroupBy(db, f));
    const naiveMs = label.includes('rows only') ? null : timed(1, () => naiveJson(db, f));
    return {
      label,
      people,
      jianbaoMs,
      groupByMs,
      naiveJsonMs: naiveMs,
      ratioToGroupBy: Math.round((jianbaoMs / groupByMs) * 100) / 100,
    };
  });
  db.close();
  rmSync(dir, { recursive: true, force: true });
  return {
    articles: size,
    ...counts,
    buildMs: Math.round(buildMs),
    writeCost20k: write,
    cases: results,
    goal: 'report < 1000 ms at 1M articles',
    met: results.every((r) => r.jianbaoMs < 1000),
  };
}
