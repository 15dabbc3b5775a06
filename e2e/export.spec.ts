import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { CollectionsPage } from './pages/collections-page';
import { startHost, type RunningHost } from './support/browser-host';

const FIRST = '推进高水平跨江融合 共建长江口产业创新协同区';
const PHOTO = '清凉『驿』夏';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('tag two seed articles 测试专题, open the collection, export Markdown, JSON and HTML', async ({
  page,
}) => {
  const app = new AppPage(page);
  const c = new CollectionsPage(page);
  await app.open(host.url);

  await app.openArticle(FIRST);
  await c.tagOpenArticle('测试专题');
  await app.openArticle(PHOTO);
  await c.tagOpenArticle('测试专题');

  await expect(c.sidebar.locator('[data-collection="测试专题"]')).toContainText('2');
  await c.openCollection('测试专题');
  await expect(c.pane.locator('[data-article-id]')).toHaveText([new RegExp(FIRST), new RegExp(PHOTO)]);

  const md = await c.export('Markdown');
  expect(md.suggestedFilename()).toBe('测试专题.md');
  const markdown = readFileSync(await md.path(), 'utf8');
  expect(markdown).toMatch(/^---\ntitle: "测试专题"\n/);
  expect(markdown).toContain(`## ${FIRST}`);
  expect(markdown).toContain(`## ${PHOTO}`);
  expect(markdown).toContain('**晚报讯**');

  const json = await c.export('剪报数据包 (JSON)');
  expect(json.suggestedFilename()).toBe('测试专题.jianbao.json');
  const bundle = JSON.parse(readFileSync(await json.path(), 'utf8')) as {
    format: string;
    version: number;
    selection: unknown[];
    tags: { name: string; articles: unknown[] }[];
    pages: { contentHash: string; articles: { headline: string }[] }[];
  };
  expect(bundle).toMatchObject({ format: 'jianbao-bundle', version: 4 });
  expect(bundle.selection).toHaveLength(2);
  expect(bundle.tags).toEqual([expect.objectContaining({ name: '测试专题' })]);
  expect(bundle.tags[0]?.articles).toHaveLength(2);
  expect(bundle.pages[0]?.contentHash).toMatch(/^[0-9a-f]{64}$/);
  expect(bundle.pages[0]?.articles.map((a) => a.headline)).toContain(PHOTO);

  // Look at the printable HTML as an editor would: rendered by the browser, saved as a screenshot.
  const html = await c.export('HTML 网页');
  const document = readFileSync(await html.path(), 'utf8');
  const viewer = await page.context().newPage();
  await viewer.setContent(document);
  await expect(viewer.locator('article h2')).toHaveText([FIRST, PHOTO]);
  await viewer.screenshot({ path: test.info().outputPath('export-html.png'), fullPage: false });
  await viewer.close();

  // Citations for reference managers: RIS opens as two newspaper records.
  await c.dialog.screenshot({ path: test.info().outputPath('export-dialog.png') });
  const ris = await c.export('RIS 引文 (EndNote, NoteExpress)');
  expect(ris.suggestedFilename()).toBe('测试专题.ris');
  const records = readFileSync(await ris.path(), 'utf8');
  expect(records.match(/^TY {2}- NEWS$/gm)).toHaveLength(2);
  expect(records).toContain(`TI  - ${FIRST}`);
});

test('dragging an article reorders the collection for export', async ({ page }) => {
  const app = new AppPage(page);
  const c = new CollectionsPage(page);
  await app.open(host.url);
  await c.openCollection('测试专题');
  const items = c.pane.locator('[draggable="true"]');
  await items.nth(1).dragTo(items.nth(0));
  await expect(c.pane.locator('[data-article-id]')).toHaveText([new RegExp(PHOTO), new RegExp(FIRST)]);
  await page.reload();
  await c.openCollection('测试专题');
  await expect(c.pane.locator('[data-article-id]')).toHaveText([new RegExp(PHOTO), new RegExp(FIRST)]);
});
