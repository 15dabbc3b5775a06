import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { SearchPanel } from './pages/search-panel';
import { startHost, type RunningHost } from './support/browser-host';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('searching 吴新明 lists the hits with marked snippets; the reader marks and walks every occurrence', async ({
  page,
}) => {
  const app = new AppPage(page);
  const search = new SearchPanel(page);
  await app.open(host.url);

  // Ctrl+F reaches the search box from anywhere.
  await page.locator('body').click();
  await page.keyboard.press('Control+f');
  await expect(search.box).toBeFocused();
  await page.keyboard.type('吴新明');
  await expect(search.total).toHaveAttribute('data-total', '2');
  await expect(search.total).toContainText('2');
  await expect(search.hits).toHaveCount(2);
  for (const hit of await search.hits.all()) {
    await expect(hit.locator('mark').first()).toHaveText('吴新明');
  }
  await expect(search.hits.first().locator('.headline')).toContainText('吴新明');

  await search.hits.nth(1).click();
  await expect(app.readerHeadline).toContainText('长江口');
  const marks = search.readerMarks;
  await expect(marks.first()).toBeVisible();
  const count = await marks.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (const text of await marks.allTextContents()) expect(text).toBe('吴新明');
  await expect(search.hitNav).toBeVisible();
  expect(await search.position()).toEqual({ current: 1, count });
  await expect(marks.first()).toHaveClass(/current/);

  await search.hitNav.getByRole('button', { name: '下一处' }).click();
  expect(await search.position()).toEqual({ current: 2, count });
  await expect(marks.nth(1)).toHaveClass(/current/);
  await search.hitNav.getByRole('button', { name: '上一处' }).click();
  await search.hitNav.getByRole('button', { name: '上一处' }).click();
  // Wraps around from the first to the last, like a find bar.
  expect(await search.position()).toEqual({ current: count, count });
  await expect(marks.nth(count - 1)).toHaveClass(/current/);
  await page.screenshot({ path: test.info().outputPath('search-reader.png') });

  // Esc in the box clears the search and brings the library back.
  await search.box.focus();
  await page.keyboard.press('Escape');
  await expect(search.box).toHaveValue('');
  await expect(app.library).toBeVisible();
  await expect(marks).toHaveCount(0);
});

test('南通 finds the four articles that mention it, each snippet marked', async ({ page }) => {
  const app = new AppPage(page);
  const search = new SearchPanel(page);
  await app.open(host.url);
  await search.search('南通');
  await expect(search.total).toHaveAttribute('data-total', '4');
  await expect(search.hits).toHaveCount(4);
  for (const hit of await search.hits.all()) {
    await expect(hit.locator('mark').first()).toHaveText('南通');
  }
});

test('a malformed query gets a clear message, and the help popover documents the syntax', async ({
  page,
}) => {
  const app = new AppPage(page);
  const search = new SearchPanel(page);
  await app.open(host.url);
  await search.box.fill('"');
  await expect(search.results.getByRole('alert')).toContainText('搜索语法有误');
  await page.getByRole('button', { name: '搜索语法' }).click();
  await expect(page.getByRole('dialog', { name: '搜索语法' })).toContainText('headline:');
});
