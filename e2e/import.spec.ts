import { expect, test } from '@playwright/test';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/app-page';
import { startHost, type RunningHost } from './support/browser-host';

const FIXTURE = 'src-main/core/parse/fixtures/江海晚报_2024-07-10_A3.txt';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('importing a GB18030 page and a broken file reports both and keeps only the good page', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open(host.url);
  const gb = iconv.encode(readFileSync(FIXTURE, 'utf8'), 'gb18030');
  const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  await page.getByTestId('import-input').setInputFiles([
    { name: '江海晚报_2024-07-10_A3.txt', mimeType: 'text/plain', buffer: gb },
    { name: 'scan-error.txt', mimeType: 'text/plain', buffer: garbage },
  ]);
  const report = page.locator('div.report[role=status]');
  await expect(report).toContainText('新增 1 版、4 篇');
  await expect(report).toContainText('scan-error.txt');
  await expect(report).toContainText('失败');
  // The library opens the imported page's branch: paper, month, day.
  await expect(app.library.locator('[data-group="paper"]', { hasText: '江海晚报' })).toContainText('4 篇');
  await expect(app.library.locator('[data-group="day"]')).toContainText('2024-07-10');
  // The report is a modal dialog: the library is reached once it is closed.
  await page.getByRole('button', { name: '关闭' }).click();
  await app.openArticle('全国夏粮收购进度过半');

  // The same file again changes nothing.
  await page
    .getByTestId('import-input')
    .setInputFiles([{ name: '江海晚报_2024-07-10_A3.txt', mimeType: 'text/plain', buffer: gb }]);
  await expect(report).toContainText('新增 0 版、0 篇;已有(未变或重复)1');
  await expect(app.library.locator('[data-page-id]')).toHaveCount(2);
});
