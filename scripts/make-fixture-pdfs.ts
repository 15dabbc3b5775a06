/**
 * Renders the fictional fixture pages as newspaper-like PDFs with headless Chromium's
 * print-to-PDF, so the PDF importer (and pdftotext comparisons) have pages whose right answer is
 * known: each PDF carries exactly its fixture's text, laid out by a seed.
 *
 *   node --import tsx scripts/make-fixture-pdfs.ts [--out DIR] [--variants N] [--noto] [only-this-name…]
 *
 * Writes DIR/<fixture>.pdf (seed 0) and DIR/<fixture>.v<k>.pdf for k < N (other seeds), plus
 * two-pages.pdf (two fixtures as a 2-page PDF), scan-only.pdf (a page as a picture, no text) and
 * encrypted.pdf (password-protected, with qpdf). --noto sets the pages in Noto CJK instead, which
 * Chromium embeds as unnamed Type 3 fonts (one such page is kept in fixtures/noto/).
 * Needs CJK TrueType fonts; on Debian:
 *   apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-wqy-microhei
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { chromiumPath } from '../playwright.config';
import { parsePage } from '../src-main/core/parse/parse-page';
import { pageBlocks } from './fixture-pdf/page-blocks';
import { pageHtml } from './fixture-pdf/page-html';
import { seedOf, seededRandom } from './fixture-pdf/seeded-random';

const root = join(import.meta.dirname, '..');
const SOURCES = [join(root, 'src-main/core/parse/fixtures'), join(root, 'seeds')];

function args(): { out: string; variants: number; noto: boolean; only: string[] } {
  const a = process.argv.slice(2);
  const at = (flag: string): string | undefined => {
    const i = a.indexOf(flag);
    return i === -1 ? undefined : a.splice(i, 2)[1];
  };
  const out = at('--out') ?? join(root, 'src-main/core/parse-pdf/fixtures');
  const variants = Number(at('--variants') ?? '1');
  const noto = a.includes('--noto');
  return { out, variants, noto, only: a.filter((x) => x !== '--noto') };
}

function fixtureFiles(only: string[]): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  for (const dir of SOURCES) {
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.txt'))
      .sort()) {
      if (seen.has(f) || (only.length > 0 && !only.some((o) => f.includes(o)))) continue;
      seen.add(f);
      files.push(join(dir, f));
    }
  }
  return files;
}

function checkFonts(): void {
  const families = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  for (const want of ['AR PL UMing CN', 'AR PL UKai CN', 'WenQuanYi Zen Hei', 'WenQuanYi Micro Hei']) {
    if (!families.includes(want)) {
      throw new Error(
        `font "${want}" is missing: apt-get install fonts-arphic-uming fonts-arphic-ukai fonts-wqy-zenhei fonts-wqy-microhei`,
      );
    }
  }
}

let faces: 'truetype' | 'noto' = 'truetype';

function htmlFor(file: string, variant: number): string {
  const name = basename(file);
  const parsed = parsePage(readFileSync(file), name);
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error.code}`);
  return pageHtml(pageBlocks(parsed.value), seededRandom(seedOf(name, variant)), faces);
}

/** One HTML page per PDF page; each PDF page is as tall as its own content. */
async function printPdf(browser: Browser, pages: string[]): Promise<Buffer> {
  const tab = await browser.newPage();
  const sizes: { width: number; height: number }[] = [];
  for (const html of pages) {
    await tab.setContent(html);
    await tab.evaluate(() => document.fonts.ready);
    sizes.push(
      await tab.evaluate(() => ({
        width: document.body.scrollWidth,
        height: document.documentElement.scrollHeight,
      })),
    );
  }
  const height = Math.max(...sizes.map((s) => s.height)) + 2;
  const width = Math.max(...sizes.map((s) => s.width));
  // Several pages: print them one after another, each forced onto its own sheet.
  const bodies = pages.map((html) => html.replace(/^[\s\S]*<body>|<\/body>[\s\S]*$/gu, ''));
  const head = (pages[0] ?? '').replace(/<body>[\s\S]*$/u, '');
  const joined =
    pages.length === 1
      ? (pages[0] ?? '')
      : `${head}<body style="padding:0;width:auto">${bodies
          .map(
            (b, n) =>
              `<section style="height:${height}px;break-after:page">${pages[n]?.match(/<style>[\s\S]*?<\/style>/u)?.[0] ?? ''}${b}</section>`,
          )
          .join('')}</body></html>`;
  await tab.setContent(joined);
  await tab.evaluate(() => document.fonts.ready);
  const pdf = await tab.pdf({ width: `${width}px`, height: `${height}px`, printBackground: true });
  await tab.close();
  return pdf;
}

async function scanOnly(browser: Browser, html: string): Promise<Buffer> {
  const tab = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await tab.setContent(html);
  const png = await tab.screenshot({ type: 'jpeg', quality: 40 });
  await tab.setContent(
    `<html><body style="margin:0"><img style="width:100%" src="data:image/jpeg;base64,${png.toString('base64')}"></body></html>`,
  );
  const pdf = await tab.pdf({ width: '900px', height: '1200px', printBackground: true });
  await tab.close();
  return pdf;
}

/** A password-protected copy, made with qpdf when it is installed (the committed one stays otherwise). */
function encrypted(from: string, to: string): void {
  try {
    execFileSync('qpdf', ['--encrypt', 'reader-pw', 'owner-pw', '256', '--', from, to]);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    process.stderr.write('qpdf not found: encrypted.pdf left as it was\n');
  }
}

async function main(): Promise<void> {
  const { out, variants, noto, only } = args();
  if (noto) faces = 'noto';
  else checkFonts();
  mkdirSync(out, { recursive: true });
  const files = fixtureFiles(only);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  try {
    for (const file of files) {
      for (let v = 0; v < variants; v++) {
        const name = basename(file, '.txt') + (v === 0 ? '' : `.v${v}`) + '.pdf';
        const pdf = await printPdf(browser, [htmlFor(file, v)]);
        writeFileSync(join(out, name), pdf);
        process.stderr.write(`${name}: ${Math.round(pdf.length / 1024)} KB\n`);
      }
    }
    if (only.length === 0 && files.length >= 2) {
      const pair = files.slice(1, 3);
      writeFileSync(
        join(out, 'two-pages.pdf'),
        await printPdf(
          browser,
          pair.map((f) => htmlFor(f, 0)),
        ),
      );
      writeFileSync(join(out, 'scan-only.pdf'), await scanOnly(browser, htmlFor(files[1] as string, 0)));
      encrypted(join(out, basename(files[1] as string, '.txt') + '.pdf'), join(out, 'encrypted.pdf'));
    }
  } finally {
    await browser.close();
  }
}

await main();
