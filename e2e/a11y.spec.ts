import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { SearchPanel } from './pages/search-panel';
import { seriousViolations } from './support/axe';
import { startHost, type RunningHost } from './support/browser-host';

const FIRST = '推进高水平跨江融合 共建长江口产业创新协同区';

// axe-core is injected as a script tag, which the app's own CSP (rightly) refuses.
test.use({ bypassCSP: true });

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

async function expectClean(page: Page, view: string): Promise<void> {
  const found = await seriousViolations(page);
  expect(found, `${view}: ${JSON.stringify(found, null, 2)}`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1440, height: 900 });
    });

    test('library, reader, search results: no critical or serious axe violations', async ({ page }) => {
      const app = new AppPage(page);
      await app.open(host.url);
      // The system's scheme is what the page shows when the editor chose none.
      const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(bg).toBe(scheme === 'dark' ? 'rgb(27, 26, 24)' : 'rgb(251, 249, 244)');
      await expect(page.locator('[role="application"]')).toHaveCount(0);
      await expect(page.getByRole('banner')).toHaveCount(1);
      await expectClean(page, 'library');

      await app.openArticle(FIRST);
      await expect(page.locator('aside.notes')).toBeVisible();
      await expectClean(page, 'reader');

      // The page view beside the reader: its tinted lines stay readable in either scheme.
      await page.getByRole('button', { name: '版面对照' }).first().click();
      await expect(page.locator('[data-line]').first()).toBeVisible();
      await expectClean(page, 'page view');
      await page.getByRole('button', { name: '版面对照' }).first().click();

      const search = new SearchPanel(page);
      await search.search('南通');
      await search.hits.first().click();
      await expect(search.readerMarks.first()).toBeVisible();
      await expectClean(page, 'search results');
    });

    test('dialogs: no critical or serious axe violations', async ({ page }) => {
      const app = new AppPage(page);
      await app.open(host.url);
      await app.openArticle(FIRST);
      const dialogs: [string, () => Promise<void>][] = [
        ['全部批注', () => page.getByRole('button', { name: '批注', exact: true }).click()],
        ['校对正文', () => page.locator('aside.notes').getByRole('button', { name: '校对正文' }).click()],
        ['修改历史', () => page.locator('aside.notes').getByRole('button', { name: '修改历史' }).click()],
        ['搜索语法', () => page.getByRole('button', { name: '搜索语法' }).click()],
        ['快捷键', () => page.keyboard.press('?')],
        ['阅读设置', () => page.getByRole('button', { name: '阅读设置' }).click()],
        ['稿件统计与人员', () => page.getByRole('button', { name: '稿件统计' }).click()],
        ['添加标签', () => page.keyboard.press('t')],
        ['编辑版面信息', () => app.library.getByRole('button', { name: '编辑版面信息' }).first().click()],
      ];
      for (const [name, opening] of dialogs) {
        await opening();
        const dialog = page.getByRole('dialog', { name });
        await expect(dialog).toBeVisible();
        await expectClean(page, `dialog ${name}`);
        await page.keyboard.press('Escape');
        await expect(dialog).toHaveCount(0);
      }
    });

    test('export dialog, import report, drawer and narrow panes: no critical or serious violations', async ({
      page,
    }) => {
      const app = new AppPage(page);
      await app.open(host.url);
      const search = new SearchPanel(page);
      await search.search('南通');
      await search.results.getByRole('button', { name: '选择本页' }).click();
      await search.results.getByRole('button', { name: '导出…' }).click();
      await expect(page.getByRole('dialog', { name: '导出' })).toBeVisible();
      await expectClean(page, 'export dialog');
      await page.keyboard.press('Escape');

      await page.getByTestId('import-input').setInputFiles([
        { name: 'a.txt', mimeType: 'text/plain', buffer: readFileSync('seeds/000_3497fb0fb16c1ff0.txt') },
        {
          name: 'b.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)),
        },
      ]);
      await expect(page.getByRole('dialog', { name: '导入报告' })).toBeVisible();
      await expectClean(page, 'import report');
      await page.keyboard.press('Escape');
      await search.box.fill('');

      await page.setViewportSize({ width: 1024, height: 800 });
      await page.getByRole('button', { name: '☰ 列表' }).click();
      await expect(app.library).toBeVisible();
      await expectClean(page, 'library drawer at 1024 px');
      await app.articleButton(FIRST).click();
      await expectClean(page, 'reader at 1024 px');

      await page.setViewportSize({ width: 800, height: 900 });
      await expect(app.readerHeadline).toBeVisible();
      await expectClean(page, 'reader at 800 px');
      await page.getByRole('navigation', { name: '切换窗格' }).getByRole('button', { name: '列表' }).click();
      await expectClean(page, 'list at 800 px');
    });
  });
}

test('the scheme toggle overrides the system and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const app = new AppPage(page);
  await app.open(host.url);
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('radio', { name: '深色' }).check();
  await page.keyboard.press('Escape');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(27, 26, 24)');
  await expectClean(page, 'library, dark by choice');
  await page.reload();
  await expect(app.library.locator('[data-article-id]').first()).toBeVisible();
  expect(await background()).toBe('rgb(27, 26, 24)');
  await page.evaluate(() => localStorage.removeItem('jianbao.reading'));
});
