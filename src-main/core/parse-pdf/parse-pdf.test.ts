import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedArticle, ParsedPage } from '../parse/parsed-page';
import { checkConservation } from '../parse/check-conservation';
import { parsePdf } from './parse-pdf';

/**
 * The fixture PDFs are the text fixtures typeset as newspaper pages by
 * scripts/make-fixture-pdfs.ts; parsing one must give the text fixture's expected JSON.
 */
const pdfDir = join(import.meta.dirname, 'fixtures');
const expectedDir = join(import.meta.dirname, '../parse/fixtures');
const pages = readdirSync(pdfDir)
  .filter(
    (f) =>
      /^[^.]+\.pdf$/u.test(f) && readdirSync(expectedDir).includes(f.replace(/\.pdf$/u, '.expected.json')),
  )
  .sort();

/** Pages whose PDF parse still differs from the expected JSON somewhere (see the field score below). */
const KNOWN_DIFFERENT = new Set([
  '南通晚报_2024-09-12_A8.pdf', // a double space inside a footer line is printed as one
  '扬子晚报_2024-09-05_A7.pdf', // (陈静) closing a two-paragraph article read as a photo credit
  '江海晚报_header_page.pdf', // reading order of a brief stacked beside a continued article
  '经济日报_2024-07-10_06.pdf', // a table set in body columns
]);

async function parseFixture(name: string) {
  const r = await parsePdf(readFileSync(join(pdfDir, name)), name);
  if (!r.ok) throw new Error(`${name}: ${r.error.code}`);
  return r.value;
}

function expectedFor(name: string): ParsedPage {
  return JSON.parse(
    readFileSync(join(expectedDir, name.replace(/\.pdf$/u, '.expected.json')), 'utf8'),
  ) as ParsedPage;
}

const FIELDS = [
  'kind',
  'kicker',
  'headline',
  'subheadline',
  'source',
  'bylines',
  'paragraphs',
  'continued',
] as const;

describe('fixture PDFs parse to their text fixture', () => {
  it('has the fixture PDFs', () => {
    expect(pages.length).toBeGreaterThanOrEqual(19);
  });

  it.each(pages.filter((p) => !KNOWN_DIFFERENT.has(p)))('%s', async (name) => {
    const [page, ...more] = await parseFixture(name);
    expect(more).toEqual([]);
    const expected = expectedFor(name);
    expect(page?.parsed.articles).toEqual(expected.articles);
    expect(page?.parsed.furniture).toEqual(expected.furniture);
    expect(page?.parsed.meta).toEqual(expected.meta);
    expect(page?.parsed.page).toBe(name);
    expect(page?.parsed.encoding).toBe('pdf');
  });

  it('gets at least 95% of all fields right over every fixture, and conserves every page', async () => {
    let right = 0;
    let all = 0;
    for (const name of pages) {
      const [page] = await parseFixture(name);
      if (!page) throw new Error(name);
      expect(checkConservation(page), name).toEqual([]);
      expect(page.regions).toHaveLength(page.parsed.articles.length);
      expectedFor(name).articles.forEach((want, n) => {
        const got: ParsedArticle | undefined = page.parsed.articles[n];
        for (const f of FIELDS) {
          all++;
          if (JSON.stringify(got?.[f]) === JSON.stringify(want[f])) right++;
        }
      });
    }
    expect(right / all).toBeGreaterThanOrEqual(0.95);
  }, 120_000);
});

describe('pages set in Noto CJK, which Chromium embeds as Type 3 fonts', () => {
  it('read the same as TrueType ones: no Kangxi radicals (⼀), no 戶 for 户, one face split into many fonts', async () => {
    const name = '南通晚报_2024-09-12_A2.pdf';
    const r = await parsePdf(readFileSync(join(pdfDir, 'noto', name)), name);
    if (!r.ok) throw new Error(r.error.code);
    expect(r.value[0]?.parsed.articles).toEqual(expectedFor(name).articles);
    expect(r.value[0]?.text).toContain('2.3万户');
  });
});

describe('PDFs the importer refuses', () => {
  it('reads a two-page PDF as two pages in order, named by page', async () => {
    const r = await parsePdf(readFileSync(join(pdfDir, 'two-pages.pdf')), 'two-pages.pdf');
    expect(r.ok && r.value.map((p) => [p.parsed.page, p.pageNo])).toEqual([
      ['two-pages.pdf#1', 1],
      ['two-pages.pdf#2', 2],
    ]);
  });

  it('refuses a scan without a text layer, naming the file', async () => {
    const r = await parsePdf(readFileSync(join(pdfDir, 'scan-only.pdf')), 'dir/scan-only.pdf');
    expect(r).toEqual({ ok: false, error: { code: 'pdf-no-text', detail: 'scan-only.pdf' } });
  });

  it('refuses an encrypted PDF', async () => {
    const r = await parsePdf(readFileSync(join(pdfDir, 'encrypted.pdf')), 'encrypted.pdf');
    expect(r).toEqual({ ok: false, error: { code: 'pdf-encrypted', detail: 'encrypted.pdf' } });
  });

  it.each([
    ['not a PDF at all', Buffer.from('%PDF-1.7 but nothing else follows')],
    ['cut short', readFileSync(join(pdfDir, '人民日报_2024-09-03_01.pdf')).subarray(0, 3000)],
    ['empty', Buffer.alloc(0)],
  ])('refuses a damaged PDF (%s)', async (_, bytes) => {
    const r = await parsePdf(bytes, 'damaged.pdf');
    expect(r).toEqual({ ok: false, error: { code: 'pdf-broken', detail: 'damaged.pdf' } });
  });
});
