/**
 * Screenshots of the main views in Chinese and English at 1280×800 (and the reader at 1440×900),
 * for the README and for a person to look at: `node --import tsx scripts/screenshots.ts [outDir]`
 * after `npx electron-vite build`. Not a test; the e2e specs do the checking.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startHost } from '../e2e/support/browser-host';
import { chromiumPath } from '../playwright.config';

const FIRST = '推进高水平跨江融合 共建长江口产业创新协同区';
const outDir = process.argv[2] ?? 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });

async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const r = await page.evaluate(
    async ({ name, input }) =>
      (await fetch(`api/${name}`, { method: 'POST', body: JSON.stringify(input) })).json(),
    { name, input },
  );
  if (!(r as { ok: boolean }).ok) throw new Error(`${name}: ${JSON.stringify(r)}`);
  return (r as { value: T }).value;
}

/** Tags, a saved search and one highlight with a note, so every view has something to show. */
async function furnish(page: Page): Promise<void> {
  const { hits } = await api<{ hits: { id: number; headline: string }[] }>(page, 'search.query', {
    query: '长江口',
    limit: 10,
  });
  const ids = hits.map((h) => h.id);
  const first = hits.find((h) => h.headline === FIRST)?.id ?? ids[0];
  await api(page, 'tags.apply', { tag: '经济/长三角', articleIds: ids });
  await api(page, 'tags.apply', { tag: '经济', articleIds: ids.slice(0, 1) });
  await api(page, 'tags.apply', { tag: '人物/吴新明', articleIds: ids.slice(0, 2) });
  await api(page, 'tags.apply', { tag: '政协提案', articleIds: ids.slice(0, 1) });
  await api(page, 'collections.saveSearch', { name: '长江口 报道', query: '长江口' });
  const article = await api<{ paragraphs: string[] }>(page, 'article.get', { id: first });
  const text = article.paragraphs.join('\n\n');
  const exact = '长江口产业创新协同区';
  const start = text.indexOf(exact);
  await api(page, 'annotations.create', {
    articleId: first,
    start,
    end: start + exact.length,
    exact,
    colour: 'yellow',
    note: '与市政协提案第0301号对照',
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(300);
  const path = join(outDir, `${name}.png`);
  await page.screenshot({ path });
  console.log(path);
}

const host = await startHost();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  let furnished = false;
  for (const [width, height] of [
    [1280, 800],
    [1440, 900],
  ] as const) {
    for (const lang of ['zh', 'en'] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.addInitScript((l) => localStorage.setItem('jianbao.lang', l), lang);
      await page.goto(host.url);
      await page.locator('nav.library [data-article-id]').first().waitFor();
      if (!furnished) {
        await furnish(page);
        furnished = true;
        await page.reload();
        await page.locator('nav.library [data-article-id]').first().waitFor();
      }
      await page.locator('nav.library [data-article-id]', { hasText: FIRST }).click();
      await page.locator('main.reader h1[data-field="headline"]').waitFor();
      await shoot(page, `reader-${lang}-${width}`);
      if (width !== 1280) {
        await page.close();
        continue;
      }
      await page.getByRole('searchbox').fill('长江 OR 吴新明');
      await page.locator('nav.search-results [data-total]').waitFor();
      const picks = page.locator('nav.search-results input.pick');
      await picks.nth(0).click();
      await picks.nth(1).click({ modifiers: ['Shift'] });
      await page.locator('nav.search-results [data-hit-id]').nth(1).click();
      await shoot(page, `search-${lang}-${width}`);
      await page.getByRole('searchbox').fill('');
      await page.locator('[data-collection="经济"]').click();
      await page.locator('[data-tag-row="经济/长三角"] .more').click();
      await shoot(page, `sidebar-${lang}-${width}`);
      await page.close();
    }
  }
  copyFileSync(join(outDir, 'reader-zh-1280.png'), join(outDir, 'main.png'));
} finally {
  await browser.close();
  await host.stop();
}
