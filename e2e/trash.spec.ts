import { expect, test } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { AppPage } from './pages/app-page';
import { CollectionsPage } from './pages/collections-page';
import { startHost, type RunningHost } from './support/browser-host';

const FIRST = '推进高水平跨江融合 共建长江口产业创新协同区';
const PHRASE = '务实谋划、积极推进';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('a deleted page goes to the trash and comes back with its articles, annotations and tags', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  const c = new CollectionsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await c.tagOpenArticle('跨江融合');
  await notes.select(PHRASE);
  await notes.toolbar.getByRole('button', { name: '加批注' }).click();
  await notes.sidebar.locator('textarea').fill('删除前的批注');
  await notes.sidebar.getByRole('button', { name: '保存' }).click();
  await expect(notes.card(PHRASE).locator('[data-note]')).toHaveText('删除前的批注');
  await page.screenshot({ path: test.info().outputPath('before-delete.png') });
  const articles = await app.library.locator('[data-article-id]').count();
  expect(articles).toBeGreaterThan(1);

  // Delete the page: the library empties, the reader closes, the trash lists it, Undo is offered.
  await app.library.getByRole('button', { name: '删除此版面(可从回收站恢复)' }).click();
  await expect(c.toast).toContainText(`已删除版面`);
  await expect(app.library.locator('[data-article-id]')).toHaveCount(0);
  await expect(app.readerHeadline).toHaveCount(0);
  const trash = page.getByTestId('trash');
  await expect(trash.locator('[data-trash-id]')).toContainText(`${articles} 篇 · 1 条批注`);
  await expect(c.tag('跨江融合')).toContainText('0');
  await page.screenshot({ path: test.info().outputPath('trash.png') });

  // After a reload the toast is gone; the trash still restores it.
  await page.reload();
  await expect(trash.locator('[data-trash-id]')).toHaveCount(1);
  await trash.getByRole('button', { name: /^恢复/ }).click();
  await expect(trash).toHaveCount(0);
  await expect(app.library.locator('[data-article-id]')).toHaveCount(articles);
  await app.openArticle(FIRST);
  await expect(notes.card(PHRASE).locator('[data-note]')).toHaveText('删除前的批注');
  await expect.poll(() => notes.painted('yellow')).toEqual([PHRASE]);
  await expect(c.chips.locator('[data-tag="跨江融合"]')).toBeVisible();
  await expect(c.tag('跨江融合')).toContainText('1');
});

test('deleting the open article can be undone from the toast', async ({ page }) => {
  const app = new AppPage(page);
  const c = new CollectionsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await app.reader.getByRole('button', { name: '删除此文(可从回收站恢复)' }).click();
  await expect(c.toast).toContainText('已删除文章');
  await expect(app.articleButton(FIRST)).toHaveCount(0);
  await c.undo();
  await expect(app.articleButton(FIRST)).toHaveCount(1);
  await expect(page.getByTestId('trash')).toHaveCount(0);
});
