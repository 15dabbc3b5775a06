import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openArchive } from '../db/open';
import { searchArticles } from '../search/search-articles';
import { getArticle } from './get-article';
import { importAnySources } from './import-files';
import { originalsDir, sha256 } from './pdf-originals';

const fixtures = join(import.meta.dirname, '../parse-pdf/fixtures');
const A3 = '江海晚报_2024-07-10_A3.pdf';
const source = (name: string) => ({ name, bytes: readFileSync(join(fixtures, name)) });

let dirs: string[] = [];
function archive() {
  const dir = mkdtempSync(join(tmpdir(), 'jianbao-pdf-'));
  dirs.push(dir);
  return openArchive(join(dir, 'archive.db')).db;
}
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

describe('importing PDFs', () => {
  it('stores each page like a text page, keeps the original beside the archive and records article rectangles', async () => {
    const db = archive();
    const report = await importAnySources(db, [source(A3)]);
    expect(report).toMatchObject({ pages: 1, articles: 4, skipped: 0 });
    const pageId = report.files[0]?.pageId as number;

    const hash = sha256(readFileSync(join(fixtures, A3)));
    expect(existsSync(join(originalsDir(db) as string, `${hash}.pdf`))).toBe(true);
    expect(originalsDir(db)).toMatch(/archive-pdfs$/u);
    expect(db.prepare('SELECT pdf_sha256, page_no FROM page_pdf WHERE page_id = ?').get(pageId)).toEqual({
      pdf_sha256: hash,
      page_no: 1,
    });
    const regions = db
      .prepare(
        'SELECT r.rects FROM article_regions r JOIN articles a ON a.id = r.article_id WHERE a.page_id = ? ORDER BY a.ordinal',
      )
      .pluck()
      .all(pageId) as string[];
    expect(regions).toHaveLength(4);
    for (const rects of regions.map((r) => JSON.parse(r) as number[][])) {
      expect(rects.length).toBeGreaterThan(0);
      for (const [x = -1, y = -1, w = 0, h = 0] of rects) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(w * h).toBeGreaterThan(0);
      }
    }

    // Search, reading and everything after import work on it unchanged.
    const found = searchArticles(db, { query: '夏粮', limit: 10 });
    expect(found.ok && found.value.hits.map((h) => h.headline)).toEqual(['全国夏粮收购进度过半']);
    const first = found.ok ? found.value.hits[0] : undefined;
    const article = getArticle(db, { id: first?.id ?? 0 });
    expect(article.ok && article.value.continued).toBe('下转A4版');
  });

  it('changes nothing when the same PDF comes again', async () => {
    const db = archive();
    await importAnySources(db, [source(A3)]);
    const again = await importAnySources(db, [source(A3)]);
    expect(again).toMatchObject({ pages: 0, skipped: 1 });
    expect(db.prepare('SELECT count(*) FROM pages').pluck().get()).toBe(1);
    expect(db.prepare('SELECT count(*) FROM page_pdf').pluck().get()).toBe(1);
  });

  it('makes one archive page per PDF page', async () => {
    const db = archive();
    const report = await importAnySources(db, [source('two-pages.pdf')]);
    expect(report.files.map((f) => [f.name, f.status])).toEqual([
      ['two-pages.pdf#1', 'imported'],
      ['two-pages.pdf#2', 'imported'],
    ]);
    expect(db.prepare('SELECT page_no FROM page_pdf ORDER BY page_no').pluck().all()).toEqual([1, 2]);
  });

  it.each([
    ['scan-only.pdf', readFileSync(join(fixtures, 'scan-only.pdf')), '文字识别(OCR)'],
    ['encrypted.pdf', readFileSync(join(fixtures, 'encrypted.pdf')), '已加密'],
    ['damaged.pdf', readFileSync(join(fixtures, A3)).subarray(0, 4000), '已损坏'],
  ])('refuses %s with a clear message and stores nothing', async (name, bytes, message) => {
    const db = archive();
    const report = await importAnySources(db, [{ name, bytes }, source(A3)]);
    expect(report.files[0]).toMatchObject({ name, status: 'failed', pageId: null });
    expect(report.files[0]?.error).toContain(message);
    expect(report.files[0]?.error).toContain(name);
    // The good file beside it still lands; of the refused one nothing is kept.
    expect(report.files[1]).toMatchObject({ status: 'imported' });
    expect(db.prepare('SELECT count(*) FROM pages').pluck().get()).toBe(1);
    expect(readdirSync(originalsDir(db) as string)).toEqual([
      `${sha256(readFileSync(join(fixtures, A3)))}.pdf`,
    ]);
  });

  it('imports text files and PDFs mixed in one folder, reporting them in order with steady progress', async () => {
    const db = archive();
    const text = (i: number) => ({
      name: `南通晚报_2024-07-0${i}_A1.txt`,
      bytes: Buffer.from(
        `南通晚报\n\n第${i}条新闻标题\n\n\u3000\u3000晚报讯 今天第${i}个消息,内容完整。\n`,
        'utf8',
      ),
    });
    const seen: number[] = [];
    const sources = [text(1), text(2), source(A3), text(3), text(4), text(5)];
    const report = await importAnySources(db, sources, undefined, (n) => seen.push(n));
    expect(report.files.map((f) => f.name)).toEqual(sources.map((s) => s.name));
    expect(report.files.every((f) => f.status === 'imported')).toBe(true);
    expect(seen.at(-1)).toBe(sources.length);
    expect(seen).toEqual(seen.toSorted((a, b) => a - b));
    expect(db.prepare('SELECT count(*) FROM pages').pluck().get()).toBe(6);
  });
});
