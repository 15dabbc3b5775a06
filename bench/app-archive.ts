/**
 * Builds a bench archive of about N articles through the real import path (parse + storePage):
 * the fictional fixture pages, numbers redrawn so every page is new text, filed under three papers,
 * eight pages a day, going back a day at a time from 2024-12-31.
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openArchive } from '../src-main/core/db/open';
import { importSources } from '../src-main/core/pages/import-files';
import { parsePages } from '../src-main/core/parse/parse-page';
import { rng } from './corpus';
import { rawInsertMsPerPage, type IdRange } from './raw-insert';

const FIXTURES = 'src-main/core/parse/fixtures';
const PAPERS = ['南通晚报', '江海晚报', '扬子晚报'];
const LABELS = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8'];

/** Fixture pages with enough digits that redrawn copies never repeat (a repeat would be skipped as unchanged). */
export function fixturePages(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(FIXTURES, f), 'utf8'))
    .filter((text) => (text.match(/[0-9]/g) ?? []).length >= 16);
}

/** The same text with every digit redrawn: same shape for the parser, new content hash. */
export function redrawNumbers(text: string, rand: () => number): string {
  return text.replace(/[0-9]/g, () => String(Math.floor(rand() * 10)));
}

export interface BuiltArchive {
  file: string;
  pages: number;
  articles: number;
  /** Build time; 0 when an earlier run's archive was reused. */
  ms: number;
  /** Import ms per page over the first and the last 50 days (0 when reused). */
  firstMsPerPage: number;
  lastMsPerPage: number;
  /**
   * Median ms per page of the first and of the last tenth of those 50-day windows (at least one
   * each; 0 when reused): one window swings ±20% on a shared machine, and the flatness ratio is
   * taken from these.
   */
  firstTenthMsPerPage: number;
  lastTenthMsPerPage: number;
  /** Archive file size over the size (UTF-8) of its article text: headlines, bylines, source, paragraphs. */
  diskMBPerTextMB: number;
  /**
   * The last window's pages again: parsed alone, and their stored rows inserted raw into a
   * same-size copy (raw-insert.ts). ms per page; 0 when reused.
   */
  parseMsPerPage: number;
  rawInsertMsPerPage: number;
}

function diskPerTextMB(file: string): number {
  const { db } = openArchive(file);
  const text = db
    .prepare(
      `SELECT sum(length(CAST(coalesce(kicker, '') || coalesce(headline, '') || coalesce(subheadline, '')
         || coalesce(source, '') || bylines || paragraphs AS BLOB))) FROM articles`,
    )
    .pluck()
    .get() as number;
  db.close();
  return Math.round((statSync(file).size / text) * 100) / 100;
}

/** Builds (or reuses, when a finished one is at `file`) an archive of at least `articles` articles. */
export function buildAppArchive(
  file: string,
  articles: number,
  log: (s: string) => void = () => {},
): BuiltArchive {
  if (existsSync(file)) {
    const { db } = openArchive(file);
    const pages = db.prepare('SELECT count(*) FROM pages').pluck().get() as number;
    const n = db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    db.close();
    return {
      file,
      pages,
      articles: n,
      ms: 0,
      diskMBPerTextMB: diskPerTextMB(file),
      firstMsPerPage: 0,
      lastMsPerPage: 0,
      firstTenthMsPerPage: 0,
      lastTenthMsPerPage: 0,
      parseMsPerPage: 0,
      rawInsertMsPerPage: 0,
    };
  }
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const { db } = openArchive(partial);
  const texts = fixturePages();
  const rand = rng(20241231);
  const started = performance.now();
  let pages = 0;
  let total = 0;
  type Source = { name: string; bytes: Buffer; meta: { paper: string; date: string; pageLabel: string } };
  let windowSources: Source[] = [];
  let windowDays: IdRange[] = [];
  let lastSources: Source[] = [];
  let lastDays: IdRange[] = [];
  const maxPageId = db.prepare('SELECT coalesce(max(id), 0) FROM pages').pluck();
  // A day's pages commit together, as a bulk import of a folder does (importSources batches its
  // files the same way); each page keeps its own savepoint inside.
  const importDay = db.transaction((date: string) => {
    for (const paper of PAPERS) {
      for (const pageLabel of LABELS) {
        if (total >= articles) break;
        const text = redrawNumbers(texts[Math.floor(rand() * texts.length)]!, rand);
        const source = {
          name: `${paper}_${date}_${pageLabel}.txt`,
          bytes: Buffer.from(text, 'utf8'),
          meta: { paper, date, pageLabel },
        };
        windowSources.push(source);
        const report = importSources(db, [source], source.meta);
        pages += report.pages;
        total += report.articles;
      }
    }
  });
  // ms per page over the latest window of days: the first window is import into a near-empty
  // archive, the last into one of about N articles.
  const windows: number[] = [];
  let windowStart = performance.now();
  let windowPages = 0;
  for (let day = 0; total < articles; day++) {
    const after = maxPageId.get() as number;
    importDay(new Date(Date.UTC(2024, 11, 31) - day * 86_400_000).toISOString().slice(0, 10));
    windowDays.push({ after, last: maxPageId.get() as number });
    if (day % 50 === 49 || total >= articles) {
      [lastSources, lastDays, windowSources, windowDays] = [windowSources, windowDays, [], []];
      windows.push((performance.now() - windowStart) / Math.max(1, pages - windowPages));
      windowStart = performance.now();
      windowPages = pages;
      log(
        `  ${total.toLocaleString()} articles, ${pages.toLocaleString()} pages, ${windows.at(-1)!.toFixed(2)} ms/page`,
      );
    }
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  renameSync(partial, file);
  const ms = Math.round(performance.now() - started);
  const firstMsPerPage = windows[0] ?? 0;
  const lastMsPerPage = windows.at(-1) ?? 0;
  const tenth = Math.max(1, Math.floor(windows.length / 10));
  const median = (xs: number[]): number => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const parseStarted = performance.now();
  for (const s of lastSources) parsePages(s.bytes, s.name, { meta: s.meta });
  const parseMsPerPage = (performance.now() - parseStarted) / Math.max(1, lastSources.length);
  return {
    file,
    pages,
    articles: total,
    ms,
    diskMBPerTextMB: diskPerTextMB(file),
    firstMsPerPage,
    lastMsPerPage,
    firstTenthMsPerPage: median(windows.slice(0, tenth)),
    lastTenthMsPerPage: median(windows.slice(-tenth)),
    parseMsPerPage,
    rawInsertMsPerPage: rawInsertMsPerPage(file, lastDays),
  };
}
