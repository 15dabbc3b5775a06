import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { LayoutPage } from './pages/layout-page';
import { SearchPanel } from './pages/search-panel';
import { startHost, type RunningHost } from './support/browser-host';

const FIRST = '推进高水平跨江融合 共建长江口产业创新协同区';
const SECOND = '用好长三角一体化发展国家战略 在江苏加快打造发展新质生产力重要阵地中勇担使命';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('1440 px: library, reader and notes side by side; the text column is wide', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new AppPage(page);
  const layout = new LayoutPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  for (const pane of [layout.collections, layout.library, layout.reader, layout.notes])
    await layout.expectOnScreen(pane);
  expect(await layout.charactersPerLine()).toBeGreaterThanOrEqual(20);
  await expect(layout.drawerToggle).toHaveCount(0);
  await expect(layout.switcher).toHaveCount(0);
});

test('1024 px: the library is a drawer; the reader keeps its measure', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 800 });
  const app = new AppPage(page);
  const layout = new LayoutPage(page);
  await page.goto(host.url);
  await expect(layout.library).toBeHidden();
  await layout.drawerToggle.click();
  await expect(layout.drawerToggle).toHaveAttribute('aria-expanded', 'true');
  await layout.expectOnScreen(layout.library);
  await layout.expectOnScreen(layout.collections);
  await app.articleButton(FIRST).click();
  // Opening an article puts the drawer away: the reader is what the editor asked for.
  await expect(layout.library).toBeHidden();
  await expect(app.readerHeadline).toHaveText(FIRST);
  await layout.expectOnScreen(layout.reader);
  await layout.expectOnScreen(layout.notes);
  expect(await layout.charactersPerLine()).toBeGreaterThanOrEqual(20);

  // From the keyboard: the drawer opens with focus in its list; Escape puts it away, focus back on ☰.
  await layout.drawerToggle.focus();
  await page.keyboard.press('Enter');
  await expect(app.articleButton(FIRST)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(layout.library).toBeHidden();
  await expect(layout.drawerToggle).toBeFocused();
  // A search brings the results into view by itself.
  const search = new SearchPanel(page);
  await search.search('南通');
  await layout.expectOnScreen(search.results);
});

test('800 px: one pane at a time, every pane reachable, back to the list', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 900 });
  const app = new AppPage(page);
  const layout = new LayoutPage(page);
  await app.open(host.url);
  await layout.expectOnScreen(layout.library);
  await expect(layout.reader).toBeHidden();

  await app.articleButton(FIRST).click();
  await expect(app.readerHeadline).toHaveText(FIRST);
  await layout.expectOnScreen(layout.reader);
  await expect(layout.library).toBeHidden();
  expect(await layout.charactersPerLine()).toBeGreaterThanOrEqual(20);

  for (const [name, pane] of [
    ['批注', layout.notes],
    ['专题', layout.collections],
    ['列表', layout.library],
    ['阅读', layout.reader],
  ] as const) {
    await layout.switcher.getByRole('button', { name }).click();
    await expect(layout.switcher.getByRole('button', { name })).toHaveAttribute('aria-current', 'page');
    await layout.expectOnScreen(pane);
  }
  await page.getByRole('button', { name: '‹ 返回列表' }).click();
  await layout.expectOnScreen(layout.library);
  await expect(layout.reader).toBeHidden();
});

test('at every width the text column holds at least 20 characters, at the largest text size', async ({
  page,
}) => {
  const app = new AppPage(page);
  const layout = new LayoutPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(host.url);
  await app.openArticle(FIRST);
  await page.getByRole('button', { name: '阅读设置' }).click();
  const larger = page.getByRole('button', { name: /放大字号/ });
  while (await larger.isEnabled()) await larger.click();
  await expect(page.locator('output[data-size="24"]')).toBeVisible();
  await page.keyboard.press('Escape');
  for (const width of [1440, 1300, 1200, 1100, 1024, 900, 860, 800, 600, 420]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await layout.charactersPerLine(), `${width} px`).toBeGreaterThanOrEqual(20);
  }
  await page.evaluate(() => localStorage.removeItem('jianbao.reading'));
});

test('pane widths follow the resize handles and are remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new AppPage(page);
  const layout = new LayoutPage(page);
  await app.open(host.url);
  const handle = page.getByRole('separator', { name: '调整宽度:列表' });
  const before = (await layout.library.boundingBox())?.width ?? 0;
  await handle.focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuenow', '368');
  const after = (await layout.library.boundingBox())?.width ?? 0;
  expect(Math.round(after - before)).toBe(64);

  // A pointer drag works the same way.
  const box = await handle.boundingBox();
  if (!box) throw new Error('no resize handle');
  await page.mouse.move(box.x + 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x - 98, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuenow', '268');

  await page.reload();
  await expect(app.library.locator('[data-article-id]').first()).toBeVisible();
  await expect(handle).toHaveAttribute('aria-valuenow', '268');
  await page.evaluate(() => localStorage.removeItem('jianbao.paneSizes'));
});

test('keyboard: one Tab stop per list, arrows inside, ↓ from the search box into the results', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new AppPage(page);
  await app.open(host.url);
  // Library rows: only one row's controls are in the Tab order.
  const tabbable = await app.library
    .locator('[role="listitem"] button')
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).tabIndex === 0).length);
  expect(tabbable).toBe(1);
  await app.library.locator('[data-group="paper"]').focus();
  await page.keyboard.press('End');
  await expect(app.articleButton('我市新增20家4A级社会组织')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(app.articleButton(SECOND)).toBeFocused();
  // ← / → move between a row's buttons; on a branch they close and open it.
  const paper = app.library.locator('[data-group="paper"]');
  await page.keyboard.press('Home');
  await expect(paper).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(paper).toHaveAttribute('aria-expanded', 'false');
  await expect(app.articleButton(SECOND)).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(paper).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(app.articleButton(SECOND)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.readerHeadline).toHaveText(SECOND);
  // Tab leaves the list at once instead of walking its rows.
  await page.keyboard.press('Tab');
  expect(await app.library.evaluate((l) => l.contains(document.activeElement))).toBe(false);
  // The list's one Tab stop follows the j/k cursor.
  await page.keyboard.press('j');
  await expect(app.articleButton('吴新明会见')).toHaveClass(/cursor/);
  await expect(app.articleButton('吴新明会见')).toHaveAttribute('tabindex', '0');
  expect(await app.library.locator('[role="listitem"] [tabindex="0"]').count()).toBe(1);

  const search = new SearchPanel(page);
  await search.search('南通');
  await search.box.focus();
  await page.keyboard.press('ArrowDown');
  await expect(search.hits.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(search.hits.nth(1)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.readerHeadline).toHaveText(
    (await search.hits.nth(1).locator('.headline').innerText()).trim(),
  );
});

test('reading comfort: text size and line width are chosen and remembered', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new AppPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  const article = app.reader.locator('article');
  const size = () => article.evaluate((a) => parseFloat(getComputedStyle(a).fontSize));
  const width = () => article.evaluate((a) => a.getBoundingClientRect().width);
  expect(await size()).toBe(18);
  const medium = await width();
  await page.getByRole('button', { name: '阅读设置' }).click();
  await page.getByRole('button', { name: /放大字号/ }).click();
  await page.getByRole('radio', { name: '窄' }).check();
  await page.keyboard.press('Escape');
  expect(await size()).toBe(20);
  // 30em of 20 px text instead of 36em of 18 px.
  expect(Math.round(await width())).toBe(600);
  expect(medium).toBeGreaterThan(600);
  await page.reload();
  await app.openArticle(FIRST);
  expect(await size()).toBe(20);
  await page.evaluate(() => localStorage.removeItem('jianbao.reading'));
});

test('search hits: headline and byline hits are marked, in a colour no highlight uses', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const app = new AppPage(page);
  await app.open(host.url);
  const search = new SearchPanel(page);
  await search.search('朱文君 吴新明');
  const hit = search.results.locator('[data-hit-id]', { hasText: '吴新明会见' });
  await expect(hit.locator('.headline mark')).toHaveText('吴新明');
  await expect(hit.locator('.meta mark')).toHaveText('朱文君');
  await hit.click();
  await expect(app.readerBylines.locator('mark')).toHaveText('朱文君');
  await expect(app.readerHeadline.locator('mark')).toHaveText('吴新明');

  const markColour = await app.readerHeadline
    .locator('mark')
    .evaluate((m) => getComputedStyle(m).backgroundColor);
  const highlightColours = await page.evaluate(() => {
    // The highlight colours as the reader paints them (::highlight rules in the loaded style sheets).
    const out: string[] = [];
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSStyleRule && rule.selectorText.startsWith('::highlight(jb-'))
          out.push(rule.style.backgroundColor);
    return out.filter((c) => c);
  });
  expect(highlightColours.length).toBe(5);
  // Compare the colours themselves (red, green, blue), whatever their transparency.
  const rgb = (c: string): string => (c.match(/[\d.]+/g) ?? []).slice(0, 3).join(',');
  expect(rgb(markColour)).not.toBe('');
  for (const c of highlightColours) expect(rgb(markColour)).not.toBe(rgb(c));
});

test('screenshots at 1440, 1024 and 800 px, light and dark', async ({ page }) => {
  const app = new AppPage(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await app.open(host.url);
  await app.openArticle(FIRST);
  const search = new SearchPanel(page);
  await search.search('南通');
  await search.hits.first().click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [1440, 1024, 800]) {
      await page.setViewportSize({ width, height: 900 });
      await expect(app.readerHeadline).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`jianbao-${width}-${scheme}.png`) });
    }
  }
});
