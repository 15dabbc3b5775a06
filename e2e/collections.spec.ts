import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CollectionsPage } from './pages/collections-page';
import { SearchPanel } from './pages/search-panel';
import { startHost, type RunningHost } from './support/browser-host';

const FIRST = '推进高水平跨江融合 共建长江口产业创新协同区';
const MEETING = '吴新明会见 西安交通大学校长张立群';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('a child tag shows under its parent; renaming it across the archive can be undone', async ({ page }) => {
  const app = new AppPage(page);
  const c = new CollectionsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await c.tagOpenArticle('经济/长三角');

  // The parent appears as its own row, counting its child's article; the child is indented under it.
  await expect(c.tag('经济')).toContainText('1');
  await expect(c.tag('经济/长三角')).toContainText('长三角');
  const indent = async (name: string) =>
    c.tag(name).evaluate((el) => parseFloat(getComputedStyle(el).paddingLeft));
  expect(await indent('经济/长三角')).toBeGreaterThan(await indent('经济'));

  const menu = await c.manageTag('经济/长三角');
  await menu.getByLabel('改名').fill('经济/长江口');
  await menu.getByLabel('改名').press('Enter');
  await expect(c.toast).toContainText('已将“经济/长三角”改名为“经济/长江口”');
  await expect(c.tag('经济/长江口')).toContainText('1');
  await expect(c.tag('经济/长三角')).toHaveCount(0);

  await c.undo();
  await expect(c.tag('经济/长三角')).toContainText('1');
  await expect(c.tag('经济/长江口')).toHaveCount(0);
  await app.openArticle(MEETING);
  await app.openArticle(FIRST);
  await expect(c.chips.locator('[data-tag="经济/长三角"]')).toBeVisible();
});

test('merging a tag into another and deleting one are each one step with undo', async ({ page }) => {
  const app = new AppPage(page);
  const c = new CollectionsPage(page);
  await app.open(host.url);
  await app.openArticle(MEETING);
  await c.tagOpenArticle('人物');
  await c.tagOpenArticle('吴新明');

  let menu = await c.manageTag('吴新明');
  await menu.getByLabel('合并到另一个标签').selectOption({ label: '人物' });
  await menu.getByRole('button', { name: '合并' }).click();
  await expect(c.toast).toContainText('已将“吴新明”合并到“人物”');
  await expect(c.tag('吴新明')).toHaveCount(0);
  await c.undo();
  await expect(c.tag('吴新明')).toContainText('1');

  menu = await c.manageTag('人物');
  await menu.getByRole('button', { name: /删除标签/ }).click();
  await expect(c.tag('人物')).toHaveCount(0);
  await c.undo();
  await expect(c.tag('人物')).toContainText('1');
});

test('save the current search as a collection; it lists its hits with a count', async ({ page }) => {
  const app = new AppPage(page);
  const c = new CollectionsPage(page);
  const search = new SearchPanel(page);
  await app.open(host.url);
  await search.search('吴新明');
  await expect(search.total).toHaveAttribute('data-total', '2');

  await search.results.getByRole('button', { name: '保存为专题' }).click();
  const form = page.getByTestId('save-search');
  await expect(form.getByLabel('专题名称')).toHaveValue('吴新明');
  await form.getByLabel('专题名称').fill('书记活动');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(c.sidebar.locator('[data-search-row="书记活动"]')).toContainText('2');

  await search.box.fill('');
  await c.openCollection('书记活动');
  await expect(c.pane.locator('[data-article-id]')).toHaveCount(2);
  await expect(c.pane).toContainText(MEETING);

  // Renaming keeps the same saved search: the open collection stays open under its new name.
  const row = c.sidebar.locator('[data-search-row="书记活动"]');
  await row.hover();
  await row.getByRole('button', { name: '改名保存的搜索 书记活动' }).click();
  await row.getByLabel('新名称').fill('书记调研');
  await row.getByLabel('新名称').press('Enter');
  await expect(c.toast).toContainText('已将保存的搜索“书记活动”改名为“书记调研”');
  await expect(c.sidebar.locator('[data-search-row="书记调研"]')).toContainText('2');
  await expect(row).toHaveCount(0);
  await expect(c.pane).toContainText('书记调研');
  await c.undo();
  await expect(row).toContainText('2');
  await expect(c.sidebar.locator('[data-search-row="书记调研"]')).toHaveCount(0);
});

test('select two search results with shift+click, tag them, then export the selection', async ({ page }) => {
  const app = new AppPage(page);
  const c = new CollectionsPage(page);
  const search = new SearchPanel(page);
  await app.open(host.url);
  await search.search('长江 OR 吴新明');
  await expect(search.total).toHaveAttribute('data-total', '3');
  const picks = search.results.locator('input.pick');
  const bar = page.getByTestId('selection-bar');

  await picks.nth(0).click();
  await picks.nth(1).click({ modifiers: ['Shift'] });
  await expect(bar).toHaveAttribute('data-selected', '2');
  await expect(picks.nth(0)).toBeChecked();
  await expect(picks.nth(1)).toBeChecked();
  await expect(picks.nth(2)).not.toBeChecked();
  const chosen = await search.hits.evaluateAll((els) =>
    els.slice(0, 2).map((el) => el.querySelector('.headline')?.textContent ?? ''),
  );

  await bar.getByLabel('标签名').fill('选题/本周');
  await bar.getByRole('button', { name: '加标签' }).click();
  await expect(bar.getByRole('status')).toContainText('已为 2 篇加上标签“选题/本周”');
  await expect(c.tag('选题/本周')).toContainText('2');

  const download = page.waitForEvent('download');
  await bar.getByRole('button', { name: '导出…' }).click();
  await c.dialog.getByLabel('Markdown').check();
  await c.dialog.getByRole('button', { name: '导出', exact: true }).click();
  const markdown = readFileSync(await (await download).path(), 'utf8');
  for (const headline of chosen) expect(markdown).toContain(`## ${headline}`);
  expect(markdown.match(/^## /gm)).toHaveLength(2);
  await c.dialog.getByRole('button', { name: '关闭' }).click();

  // "Select all" covers every hit of the query, then the selection can be dropped.
  await bar.getByRole('button', { name: '全选 3 篇' }).click();
  await expect(bar).toHaveAttribute('data-selected', '3');
  await bar.getByRole('button', { name: '取消选择' }).click();
  await expect(bar).toBeHidden();
});

test('a deleted tag stays listed after a reload and restoring it brings its articles back', async ({
  page,
}) => {
  const app = new AppPage(page);
  const c = new CollectionsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await c.tagOpenArticle('待恢复');
  await expect(c.tag('待恢复')).toContainText('1');

  const menu = await c.manageTag('待恢复');
  await menu.getByRole('button', { name: /删除标签/ }).click();
  await expect(c.tag('待恢复')).toHaveCount(0);

  // After a reload the undo toast is gone; the sidebar's deleted list still has the tag.
  await page.reload();
  const deleted = c.sidebar.locator('[data-deleted-tag="待恢复"]');
  await expect(deleted).toContainText('1 篇');
  await deleted.getByRole('button', { name: '恢复标签 待恢复' }).click();
  await expect(deleted).toHaveCount(0);
  await expect(c.tag('待恢复')).toContainText('1');
  await c.openCollection('待恢复');
  await expect(c.pane.locator('[data-article-id]')).toHaveCount(1);
  await expect(c.pane).toContainText(FIRST);
});
