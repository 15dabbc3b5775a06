/**
 * Search benchmark (issue 4): Jianbao's bigram index against a `LIKE '%q%'` scan and an FTS5
 * `trigram` index (LIKE fallback under 3 characters), on the same archive in the same run.
 * All three search the same normalised text, so the LIKE scan is the recall oracle.
 * Reported as ratios (Jianbao ÷ baseline) so numbers compare across noisy machines.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../src-main/core/db/db';
import { openArchive } from '../src-main/core/db/open';
import { articleSegments } from '../src-main/core/search/article-segments';
import type { CompiledQuery } from '../src-main/core/search/compile-query';
import { normalize } from '../src-main/core/search/normalize-text';
import { buildHit, countMatches, prepareQuery, rankedIds } from '../src-main/core/search/search-articles';
import { makeCorpus, type Corpus } from './corpus';

export interface BenchSearchOptions {
  /** One archive size; default: 10k and 100k articles. */
  size?: number;
  /** Timed repetitions per query (the median is kept). */
  reps?: number;
}

interface MixQuery {
  label: string;
  /** Plain terms (no syntax); `op` says how they combine. */
  terms: string[];
  op: 'and' | 'or' | 'phrase';
}

type Engine = 'jianbao' | 'like' | 'trigram';
const ENGINES: Engine[] = ['jianbao', 'like', 'trigram'];

const now = (): number => performance.now();
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function stats(xs: number[]): { p50: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { p50: r3(at(0.5)), p95: r3(at(0.95)), max: r3(s.at(-1) ?? 0) };
}

/** Fixed mix: 1, 2, 3, 4+ characters, names, Latin, digits, Traditional, OCR, phrases, booleans, rare/common. */
function queryMix(c: Corpus): MixQuery[] {
  const w = c.words;
  const byLen = (len: number, from: number) => w.slice(from).find((x) => [...x].length === len) ?? w[from]!;
  const q = (label: string, terms: string[], op: MixQuery['op'] = 'and'): MixQuery => ({ label, terms, op });
  return [
    q('1 common', [byLen(1, 0)]),
    q('1 mid', [byLen(1, 300)]),
    q('1 rare', [byLen(1, 15000)]),
    q('2 common', [byLen(2, 0)]),
    q('2 mid', [byLen(2, 500)]),
    q('2 rare', [byLen(2, 15000)]),
    q('3 common', [byLen(3, 0)]),
    q('3 mid', [byLen(3, 500)]),
    q('3 rare', [byLen(3, 15000)]),
    q('4 common', [byLen(4, 0)]),
    q('4 rare', [byLen(4, 15000)]),
    q('name 3', [c.names.find((n) => n.length === 3)!]),
    q('name 2', [c.names.find((n) => n.length === 2)!]),
    q('surname 1', ['吴']),
    q('latin', ['GDP']),
    q('digits', ['2024']),
    q('traditional', ['經濟']),
    q('ocr PM2.5', ['PM2.5']),
    q('phrase 6', [byLen(2, 3) + byLen(2, 7) + byLen(2, 11)], 'phrase'),
    q('and 2×2', [byLen(2, 0), byLen(2, 40)]),
    q('and rare+common', [byLen(2, 12000), byLen(1, 0)]),
    q('or 2', [byLen(2, 200), byLen(2, 800)], 'or'),
    q('long 8', [w[2]! + w[5]! + w[9]!], 'phrase'),
  ];
}

const jianbaoQuery = (m: MixQuery): string =>
  m.op === 'or' ? m.terms.join(' OR ') : m.op === 'phrase' ? `"${m.terms.join(' ')}"` : m.terms.join(' ');

interface Archive {
  db: Db;
  dir: string;
  file: string;
  textBytes: number;
  ms: { rows: number; jianbaoIndex: number; plainRows: number; trigramIndex: number };
}

/** Writes `size` articles, then builds each index separately so their build times can be compared. */
export function buildArchive(corpus: Corpus, size: number): Archive {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-bench-'));
  const file = join(dir, 'archive.db');
  const { db } = openArchive(file);
  db.pragma('synchronous = OFF');
  // Rows first without the indexing trigger, then the index in one pass (the backfill path).
  db.exec('DROP TRIGGER articles_fts_insert');
  const insertPage = db.prepare(
    `INSERT INTO pages (file_name, content_hash, encoding, source_text, date, imported_at)
     VALUES (?, ?, 'utf-8', '', ?, '2024-01-01T00:00:00Z')`,
  );
  const insertArticle = db.prepare(
    `INSERT INTO articles (page_id, ordinal, kind, kicker, headline, subheadline, source, bylines, paragraphs)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let textBytes = 0;
  let t = now();
  const PER_PAGE = 8;
  const BATCH = 4000;
  for (let start = 0; start < size; start += BATCH) {
    db.transaction(() => {
      let pageId = 0;
      for (let i = start; i < Math.min(size, start + BATCH); i++) {
        const a = corpus.article(i);
        if (i % PER_PAGE === 0) pageId = Number(insertPage.run(`p${i}.txt`, `h${i}`, a.date).lastInsertRowid);
        const bylines = JSON.stringify(a.bylines);
        const paragraphs = JSON.stringify(a.paragraphs);
        insertArticle.run(
          pageId,
          i % PER_PAGE,
          a.kind,
          a.kicker,
          a.headline,
          a.subheadline,
          a.source,
          bylines,
          paragraphs,
        );
        for (const s of [
          a.kicker,
          a.headline,
          a.subheadline,
          a.source,
          ...a.bylines.map((b) => b.name),
          ...a.paragraphs,
        ])
          if (s) textBytes += Buffer.byteLength(s);
      }
    })();
  }
  const rows = now() - t;
  t = now();
  db.exec(`INSERT INTO articles_fts (rowid, headline, byline, body)
    SELECT id, ${['headline', 'byline', 'body']
      .map((c) => `jb_index_column('${c}', kicker, headline, subheadline, source, bylines, paragraphs)`)
      .join(', ')} FROM articles`);
  const jianbaoIndex = now() - t;

  // Baselines search the same normalised text, one row per article.
  t = now();
  db.exec('CREATE TABLE bench_plain (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insertPlain = db.prepare('INSERT INTO bench_plain (id, text) VALUES (?, ?)');
  const chunk = db.prepare(
    'SELECT id, kicker, headline, subheadline, source, bylines, paragraphs FROM articles WHERE id > ? ORDER BY id LIMIT 5000',
  );
  // Chunks, not iterate(): better-sqlite3 cannot write while a read cursor is open on the connection.
  for (let last = 0; ;) {
    const rows = chunk.all(last) as (Parameters<typeof articleSegments>[0] & { id: number })[];
    if (rows.length === 0) break;
    db.transaction(() => {
      for (const row of rows)
        insertPlain.run(
          row.id,
          articleSegments(row)
            .map((s) => normalize(s.text))
            .join('\n'),
        );
    })();
    last = rows.at(-1)!.id;
  }
  const plainRows = now() - t;
  t = now();
  db.exec(`CREATE VIRTUAL TABLE bench_trigram USING fts5(text, content = 'bench_plain', content_rowid = 'id', tokenize = 'trigram');
    INSERT INTO bench_trigram (bench_trigram) VALUES ('rebuild');`);
  const trigramIndex = now() - t;
  db.exec('ANALYZE');
  return { db, dir, file, textBytes, ms: { rows, jianbaoIndex, plainRows, trigramIndex } };
}

/** Bytes used by tables whose name starts with `prefix` (FTS5 shadow tables), via dbstat. */
function tableBytes(db: Db, prefix: string): number {
  return db
    .prepare("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE ? || '%'")
    .pluck()
    .get(prefix) as number;
}

const likeEscape = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** SQL WHERE over bench_plain for the LIKE baseline; `ftsTerms` says which terms trigram can index. */
function baselineWhere(m: MixQuery, engine: 'like' | 'trigram'): { sql: string; params: string[] } {
  const terms = m.op === 'phrase' ? [m.terms.join(' ')] : m.terms;
  const norm = terms.map((t) => normalize(t).replace(/ +/g, ' ').trim());
  const joiner = m.op === 'or' ? ' OR ' : ' AND ';
  // trigram answers ≥ 3-character terms from its index; shorter ones fall back to LIKE (a scan).
  if (engine === 'trigram' && norm.every((t) => [...t].length >= 3)) {
    const expr = norm.map((t) => `"${t.replace(/"/g, '""')}"`).join(m.op === 'or' ? ' OR ' : ' AND ');
    return { sql: `p.id IN (SELECT rowid FROM bench_trigram WHERE bench_trigram MATCH ?)`, params: [expr] };
  }
  return {
    sql: norm.map(() => "p.text LIKE ? ESCAPE '\\'").join(joiner),
    params: norm.map(likeEscape),
  };
}

function terms(m: MixQuery): CompiledQuery['terms'] {
  const prepared = prepareQuery(jianbaoQuery(m));
  if (!prepared.ok) throw new Error(`bench query did not compile: ${m.label}`);
  return prepared.value.terms;
}

/** Top 20 with snippets: ids, then rows and snippets for those 20 only (the same code for all engines). */
function firstPage(db: Db, engine: Engine, m: MixQuery): number {
  const fetch = db.prepare(
    `SELECT a.id, a.kind, a.kicker, a.headline, a.subheadline, a.source, a.bylines, a.paragraphs,
       p.page_label, p.paper, p.date FROM articles a JOIN pages p ON p.id = a.page_id WHERE a.id = ?`,
  );
  let ranked: { id: number; rank: number }[];
  const t = terms(m);
  if (engine === 'jianbao') {
    const c = prepareQuery(jianbaoQuery(m));
    if (!c.ok) throw new Error(m.label);
    ranked = rankedIds(db, c.value, 20, 0);
  } else {
    const w = baselineWhere(m, engine);
    ranked = db
      .prepare(`SELECT p.id AS id, 0 AS rank FROM bench_plain p WHERE ${w.sql} ORDER BY p.id DESC LIMIT 20`)
      .all(...w.params) as { id: number; rank: number }[];
  }
  for (const r of ranked) buildHit(fetch.get(r.id) as Parameters<typeof buildHit>[0], r.rank, t);
  return ranked.length;
}

function count(db: Db, engine: Engine, m: MixQuery): number {
  if (engine === 'jianbao') {
    const c = prepareQuery(jianbaoQuery(m));
    if (!c.ok) throw new Error(m.label);
    return countMatches(db, c.value);
  }
  const w = baselineWhere(m, engine);
  return db
    .prepare(`SELECT count(*) FROM bench_plain p WHERE ${w.sql}`)
    .pluck()
    .get(...w.params) as number;
}

function allIds(db: Db, engine: Engine, m: MixQuery): Set<number> {
  if (engine === 'jianbao') {
    const c = prepareQuery(jianbaoQuery(m));
    if (!c.ok) throw new Error(m.label);
    return new Set(rankedIds(db, c.value, 10_000_000, 0).map((r) => r.id));
  }
  const w = baselineWhere(m, engine);
  return new Set(
    db
      .prepare(`SELECT p.id FROM bench_plain p WHERE ${w.sql}`)
      .pluck()
      .all(...w.params) as number[],
  );
}

function timeIt(reps: number, f: () => unknown): number {
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = now();
    f();
    xs.push(now() - t);
  }
  return median(xs);
}

async function benchOne(corpus: Corpus, size: number, reps: number): Promise<Record<string, unknown>> {
  const archive = buildArchive(corpus, size);
  const { db } = archive;
  try {
    const mix = queryMix(corpus);
    const samples: Record<Engine, { first: number[]; count: number[]; first3: number[] }> = {
      jianbao: { first: [], count: [], first3: [] },
      like: { first: [], count: [], first3: [] },
      trigram: { first: [], count: [], first3: [] },
    };
    const perQuery: Record<string, unknown>[] = [];
    let expected = 0;
    let found: Record<Engine, number> = { jianbao: 0, like: 0, trigram: 0 };
    let exact = 0;
    for (const m of mix) {
      const oracle = allIds(db, 'like', m);
      const row: Record<string, unknown> = { query: m.label, text: jianbaoQuery(m), total: oracle.size };
      for (const e of ENGINES) {
        const ids = e === 'like' ? oracle : allIds(db, e, m);
        const hit = [...oracle].filter((id) => ids.has(id)).length;
        found = { ...found, [e]: found[e] + hit };
        if (e === 'jianbao' && ids.size === oracle.size && hit === oracle.size) exact++;
        firstPage(db, e, m); // warm the statement cache and pages
        const first = timeIt(reps, () => firstPage(db, e, m));
        const cnt = timeIt(reps, () => count(db, e, m));
        samples[e].first.push(first);
        samples[e].count.push(cnt);
        const short = m.terms.some((t) => [...normalize(t).replace(/\s/g, '')].length < 3);
        if (!short) samples[e].first3.push(first);
        row[e] = { firstMs: Math.round(first * 1000) / 1000, countMs: Math.round(cnt * 1000) / 1000 };
      }
      expected += oracle.size;
      perQuery.push(row);
    }
    const s = (e: Engine) => ({
      first: stats(samples[e].first),
      count: stats(samples[e].count),
      first3plus: stats(samples[e].first3),
    });
    const jb = s('jianbao');
    const like = s('like');
    const tri = s('trigram');
    const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 10000) / 10000 : null);
    const ftsBytes = tableBytes(db, 'articles_fts');
    const triBytes = tableBytes(db, 'bench_trigram');
    return {
      size,
      textMB: Math.round(archive.textBytes / 1e4) / 100,
      fileMB: Math.round(statSync(archive.file).size / 1e4) / 100,
      latencyMs: { jianbao: jb, like, trigram: tri },
      recall: {
        jianbao: expected ? found.jianbao / expected : 1,
        trigram: expected ? found.trigram / expected : 1,
        jianbaoExactQueries: `${exact}/${mix.length}`,
      },
      indexSize: {
        jianbaoOverText: Math.round((ftsBytes / archive.textBytes) * 1000) / 1000,
        trigramOverText: Math.round((triBytes / archive.textBytes) * 1000) / 1000,
      },
      buildMs: {
        articleRows: Math.round(archive.ms.rows),
        jianbaoIndex: Math.round(archive.ms.jianbaoIndex),
        trigramIndex: Math.round(archive.ms.plainRows + archive.ms.trigramIndex),
      },
      ratios: {
        firstPageP95VsLike: ratio(jb.first.p95, like.first.p95),
        firstPageP95VsTrigram: ratio(jb.first.p95, tri.first.p95),
        firstPageP95VsTrigram3plus: ratio(jb.first3plus.p95, tri.first3plus.p95),
        countP95VsLike: ratio(jb.count.p95, like.count.p95),
        countP95VsTrigram: ratio(jb.count.p95, tri.count.p95),
        indexSizeVsTrigram: ratio(ftsBytes, triBytes),
        buildVsTrigram: ratio(archive.ms.jianbaoIndex, archive.ms.plainRows + archive.ms.trigramIndex),
      },
      queries: perQuery,
    };
  } finally {
    db.close();
    rmSync(archive.dir, { recursive: true, force: true });
  }
}

export async function benchSearch(opts: BenchSearchOptions = {}): Promise<Record<string, unknown>> {
  const sizes = opts.size ? [opts.size] : [10_000, 100_000];
  const corpus = makeCorpus();
  const runs: Record<string, unknown>[] = [];
  for (const size of sizes) {
    process.stderr.write(`  search: ${size} articles…\n`);
    runs.push(await benchOne(corpus, size, opts.reps ?? 3));
  }
  const last = runs.at(-1)!;
  // Top-level `ratios` and `recall` are those of the largest archive, as the issue's --json asks.
  return { ratios: last.ratios, recall: last.recall, runs };
}
