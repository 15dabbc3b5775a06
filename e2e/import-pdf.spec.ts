import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/app-page';
import { startHost, type RunningHost } from './support/browser-host';

const PDF = 'src-main/core/parse-pdf/fixtures/江海晚报_2024-07-10_A3.pdf';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('dragging a newspaper PDF onto the window imports its page; its first article reads with its heads', async ({
  page,
}, testInfo) => {
  const app = new AppPage(page);
  await app.open(host.url);
  const bytes = readFileSync(PDF).toString('base64');
  // A real drag from the file manager: a DataTransfer holding the PDF, dropped on the window.
  const dataTransfer = await page.evaluateHandle((b64) => {
    const dt = new DataTransfer();
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    dt.items.add(new File([data], '江海晚报_2024-07-10_A3.pdf', { type: 'application/pdf' }));
    return dt;
  }, bytes);
  await page.dispatchEvent('.shell', 'dragover', { dataTransfer });
  await page.dispatchEvent('.shell', 'drop', { dataTransfer });

  const report = page.locator('div.report[role=status]');
  // The first PDF of a run also loads pdf.js: allow for a busy machine.
  await expect(report).toContainText('新增 1 版、4 篇', { timeout: 30_000 });
  // The library opens the imported page's branch: paper, month, day.
  await expect(app.library.locator('[data-group="paper"]', { hasText: '江海晚报' })).toContainText('4 篇');
  await expect(app.library.locator('[data-group="day"]', { hasText: '2024-07-10' })).toBeVisible();
  // The report is a modal dialog: Escape closes it and the library is in reach again.
  await page.keyboard.press('Escape');
  await expect(report).toHaveCount(0);

  await app.openArticle('我市筑牢城区排涝“安全堤”');
  await expect(app.reader).toContainText('聚焦夏季防汛一线');
  await expect(app.reader).toContainText('——全市已建成泵站136座,应急队伍全天候待命');
  await expect(app.readerBylines).toContainText('陈晓岚');
  await expect(app.reader).toContainText('全市已累计投入排涝资金2876.4万元');
  await page.screenshot({ path: testInfo.outputPath('pdf-article.png') });
});

test('a scanned PDF without text is refused with its name and the need for OCR', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  const scan = readFileSync('src-main/core/parse-pdf/fixtures/scan-only.pdf');
  await page
    .getByTestId('import-input')
    .setInputFiles([{ name: '扫描版.pdf', mimeType: 'application/pdf', buffer: scan }]);
  const report = page.locator('div.report[role=status]');
  await expect(report).toContainText('扫描版.pdf', { timeout: 30_000 });
  await expect(report).toContainText('OCR');
  await expect(report).toContainText('新增 0 版');
});
