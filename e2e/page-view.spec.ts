import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AnnotationsPage } from './pages/annotations-page';
import { AppPage } from './pages/app-page';
import { startHost, type RunningHost } from './support/browser-host';

const SPLIT = '南通晚报_2024-07-12_A2.txt';
const SPLIT_FILE = `src-main/core/page-view/fixtures/${SPLIT}`;
const PDF = 'src-main/core/parse-pdf/fixtures/江海晚报_2024-07-10_A3.pdf';
const FIRST = '沿江科创带建设提速';
const SUBHEAD = '人才引进成效明显';
const PHRASE = '上半年新引进各类人才一千余名';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('an article split at its subhead is made whole from the page view in two actions; the highlight stays; Ctrl+Z splits it again', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(host.url);
  await page
    .getByTestId('import-input')
    .setInputFiles([{ name: SPLIT, mimeType: 'text/plain', buffer: readFileSync(SPLIT_FILE) }]);
  const report = page.locator('div.report[role=status]');
  await expect(report).toContainText('新增 1 版、3 篇');
  await page.getByRole('button', { name: '关闭' }).click();
  // The page carries the parser's doubt: marked 待核对 in the library, and listed by that filter.
  const pageRow = app.library.locator('[data-page-id]', { hasText: '要闻' });
  await expect(pageRow.locator('[data-review-mark]')).toBeVisible();
  const filter = app.library.getByRole('button', { name: '待核对' });
  await filter.click();
  await expect(
    app.library.locator('[data-review-page]', { hasText: '2024-07-12' }).locator('.why'),
  ).toContainText('第7行');
  await filter.click();

  // The parser took the subhead for a new headline: two articles where the page has one.
  await app.openArticle(SUBHEAD);
  await notes.select(PHRASE);
  await page.keyboard.press('1');
  await expect.poll(() => notes.painted('yellow')).toEqual([PHRASE]);

  await page.locator('main.reader h1').click();
  await page.keyboard.press('p');
  const view = page.getByRole('region', { name: '版面对照' });
  await expect(view).toBeVisible();
  const headline = view.locator('[data-line="5"]');
  const subhead = view.locator('[data-line="7"]');
  await expect(headline).toHaveAttribute('data-role', 'headline');
  await expect(subhead).toHaveAttribute('data-role', 'headline');
  const fake = await subhead.getAttribute('data-article');
  expect(fake).not.toBe(await headline.getAttribute('data-article'));
  // The parser's doubt sits on its line and links to it.
  await expect(view.locator('[data-warning-line="7"]')).toContainText('第7行');
  await page.screenshot({ path: testInfo.outputPath('page-view-before.png') });

  // The fix: select the subhead line, set it as body text. Two actions.
  await subhead.click();
  await view.getByRole('button', { name: '设为正文' }).click();

  await expect(view.getByRole('status')).toContainText('已调整结构');
  await expect(app.readerHeadline).toHaveText(FIRST);
  await expect(app.reader.locator('[data-para="1"]')).toHaveText(SUBHEAD);
  await expect(app.readerBylines).toContainText('陈晓燕');
  await expect(view.locator('[data-line="7"]')).toHaveAttribute('data-role', 'body');
  await expect(view.locator('[data-line="7"]')).toHaveAttribute(
    'data-article',
    (await view.locator('[data-line="5"]').getAttribute('data-article')) ?? '',
  );
  await expect(app.articleButton(SUBHEAD)).toHaveCount(0);
  await expect(pageRow.locator('[data-review-mark]')).toHaveCount(0);
  await expect.poll(() => notes.painted('yellow')).toEqual([PHRASE]);
  await page.screenshot({ path: testInfo.outputPath('page-view-1440.png') });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: testInfo.outputPath('page-view-1280.png') });

  // One undo restores the split, with the highlight back on its words in the second article.
  await page.locator('main.reader h1').click();
  await page.keyboard.press('Control+z');
  await expect(app.articleButton(SUBHEAD)).toHaveCount(1);
  await expect(view.locator('[data-line="7"]')).toHaveAttribute('data-role', 'headline');
  await expect(view.getByRole('status')).toHaveCount(0);
  await app.openArticle(SUBHEAD);
  await expect.poll(() => notes.painted('yellow')).toEqual([PHRASE]);

  // The lines are one tab stop: arrows move between them, Shift+arrow extends the selection.
  await view.locator('[data-line="7"]').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(view.locator('[data-line="8"]')).toBeFocused();
  await expect(view.getByRole('toolbar')).toContainText('已选 2 行');
});

test('a PDF page renders with its article regions outlined; clicking a region opens its article', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(host.url);
  await page
    .getByTestId('import-input')
    .setInputFiles([
      { name: '江海晚报_2024-07-10_A3.pdf', mimeType: 'application/pdf', buffer: readFileSync(PDF) },
    ]);
  await expect(page.locator('div.report[role=status]')).toContainText('新增 1 版、4 篇', { timeout: 30_000 });
  await page.getByRole('button', { name: '关闭' }).click();
  await app.openArticle('我市筑牢城区排涝“安全堤”');
  await page.getByRole('button', { name: '版面对照' }).click();
  const view = page.getByRole('region', { name: '版面对照' });
  const pdf = view.locator('[data-pdf-page]');
  await expect(pdf).toHaveAttribute('data-drawn', 'true', { timeout: 20_000 });
  // The canvas holds the drawn page: some pixels are ink, not all blank.
  const inked = await pdf.locator('canvas').evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    let ink = 0;
    for (let k = 0; k < data.length; k += 4) if ((data[k] ?? 255) < 200) ink++;
    return ink / (data.length / 4);
  });
  // Printed text and rules cover a few percent of a newspaper page; a blank canvas covers none.
  expect(inked).toBeGreaterThan(0.01);
  const regions = view.locator('[data-region]');
  await expect(regions).toHaveCount(4);
  const other = regions.filter({ hasNotText: '我市筑牢城区排涝' }).first();
  const title = (await other.locator('title').textContent()) ?? '';
  await other.click();
  await expect(app.readerHeadline).toHaveText(title);
  await page.screenshot({ path: test.info().outputPath('page-view-pdf.png') });
});

test('the import report opens a page with warnings in the page view, the warning on its line', async ({
  page,
}) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(host.url);
  const text = readFileSync(SPLIT_FILE, 'utf8').replace('2024年7月12日', '2024年7月13日');
  await page
    .getByTestId('import-input')
    .setInputFiles([
      { name: '南通晚报_2024-07-13_A2.txt', mimeType: 'text/plain', buffer: Buffer.from(text) },
    ]);
  const report = page.locator('div.report[role=status]');
  // The report groups doubts without their line numbers; the page view puts each on its line.
  await expect(report.getByTestId('warning-groups')).toBeVisible();
  await report.getByRole('button', { name: '版面对照' }).click();
  await expect(report).toHaveCount(0);
  await expect(app.readerHeadline).toHaveText(FIRST);
  const view = page.getByRole('region', { name: '版面对照' });
  await view.locator('[data-warning-line="7"]').click();
  await expect(view.locator('[data-line="7"]')).toHaveAttribute('aria-pressed', 'true');
});
