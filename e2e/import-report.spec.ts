import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppPage } from './pages/app-page';
import { startHost, type RunningHost } from './support/browser-host';

const SEED = readFileSync('seeds/000_3497fb0fb16c1ff0.txt', 'utf8');
const YANGZI = 'src-main/core/parse/fixtures/扬子晚报_2024-08-12_B3.txt';
/** The seed page carries one parser note (a paragraph starting mid-sentence, line 13). */
const NOTE = '段落从句子中间开始,可能是错位的分栏片段';

let host: RunningHost;
let bundle: Buffer;
let dir: string;
test.beforeAll(async () => {
  host = await startHost();
  // A bundle made the way an editor makes one: another archive, exported to JSON by the CLI.
  dir = mkdtempSync(join(tmpdir(), 'jianbao-bundle-'));
  const cli = (...args: string[]) =>
    execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src-main/hosts/cli.ts', ...args, '--db', join(dir, 'a.db')],
      {
        stdio: 'pipe',
        env: { ...process.env, JIANBAO_CONFIG_DIR: join(dir, 'config') },
      },
    );
  cli('import', YANGZI);
  cli('export', '--query', 'date:2024-08', '--format', 'json', '--out', join(dir, '扬子.jianbao.json'));
  bundle = readFileSync(join(dir, '扬子.jianbao.json'));
});
test.afterAll(async () => {
  await host.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('the report groups warnings with counts and page links, names every file left out, and imports an offered bundle', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await page.getByTestId('import-input').setInputFiles([
    ...[1, 2, 3].map((n) => ({
      name: `南通晚报_2024-09-0${n}_A1.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${SEED}\n\n第${n}版编后。\n`),
    })),
    { name: '扬子.jianbao.json', mimeType: 'application/json', buffer: bundle },
    { name: '版面照片.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
  ]);
  const report = page.locator('div.report[role=status]');
  await expect(report).toContainText('新增 3 版');

  // One line per note however many pages have it, with its count, opening to the pages.
  const groups = report.getByTestId('warning-groups');
  await expect(groups.locator('> li')).toHaveCount(2);
  const note = groups.locator('> li', { hasText: NOTE });
  await expect(note).toContainText('3 处 · 3 个版面');
  await note.locator('summary').click();
  await expect(note.getByRole('button')).toHaveText([
    '南通晚报_2024-09-01_A1.txt',
    '南通晚报_2024-09-02_A1.txt',
    '南通晚报_2024-09-03_A1.txt',
  ]);

  // Every file left out is named with the reason; the bundle is offered for 导入资料包.
  const skipped = report.getByTestId('skipped-files');
  await expect(skipped).toContainText('版面照片.png');
  await expect(skipped).toContainText('不是版面文字(.txt)或 PDF 文件');
  await expect(skipped).toContainText('扬子.jianbao.json');
  await expect(skipped).toContainText('这是资料包');
  await page.screenshot({ path: test.info().outputPath('import-report.png') });

  await skipped.getByRole('button', { name: '作为资料包导入' }).click();
  await expect(report.getByTestId('bundle-report')).toContainText('资料包已导入:新增 1 版');
  await expect(skipped).not.toContainText('扬子.jianbao.json');
  await expect(app.library.locator('[data-group="paper"]', { hasText: '扬子晚报' })).toBeVisible();

  // A page link closes the report (a modal dialog) and opens that page's first article in the reader.
  await note.getByRole('button', { name: '南通晚报_2024-09-02_A1.txt' }).click();
  await expect(report).toHaveCount(0);
  await expect(app.reader.locator('.page-line')).toContainText('南通晚报 · 2024-09-02 · A1');
});

test('a bundle from the import menu, and pasted text as a new page with its details', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await page.getByRole('button', { name: '更多导入方式' }).click();
  await page.getByRole('menuitem', { name: '粘贴文字为新版面…' }).click();
  const paste = page.getByTestId('paste-page');
  await paste.getByLabel('报纸').fill('江海晚报');
  await paste.getByLabel('日期').fill('2024-10-01');
  await paste.getByLabel('版次').fill('A5');
  await paste.getByLabel('版面文字').fill(`${SEED}\n\n粘贴的一版。\n`);
  await paste.getByRole('button', { name: '导入' }).click();
  const report = page.locator('div.report[role=status]');
  await expect(report).toContainText('新增 1 版、5 篇');
  // Opening a page from the report closes it (a modal dialog) and shows the page in the reader.
  await report.getByTestId('imported-pages').getByRole('button').first().click();
  await expect(report).toHaveCount(0);
  await expect(app.reader.locator('.page-line')).toContainText('江海晚报 · 2024-10-01 · A5');

  // The same bundle twice: the second import adds nothing and says the page is already here.
  await page
    .getByTestId('bundle-input')
    .setInputFiles([{ name: '扬子.jianbao.json', mimeType: 'application/json', buffer: bundle }]);
  await expect(report.getByTestId('bundle-report')).toContainText('新增 0 版');
  await expect(report.getByTestId('bundle-report')).toContainText('已有 1 版');
});
