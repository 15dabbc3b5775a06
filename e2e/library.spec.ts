import { expect, test } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { startHost, type RunningHost } from './support/browser-host';

const FIRST = '推进高水平跨江融合 共建长江口产业创新协同区';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('a new archive shows the bundled sample page and its first article reads in full', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  // The token left the address bar: it now lives only in the cookie.
  expect(page.url()).toBe(`${host.origin}/`);
  await expect(app.library.locator('[data-article-id]')).toHaveCount(5);
  await expect(app.articleButton('清凉『驿』夏')).toContainText('图片');

  await app.openArticle(FIRST);
  await expect(app.reader.locator('[data-field="kicker"]')).toHaveText(
    '吴新明领衔督办市政协重点提案,开展现场调研',
  );
  await expect(app.readerBylines).toContainText('朱文君');
  await expect(app.readerBylines).toContainText('记者');
  await expect(app.reader.locator('[data-field="source"]')).toHaveText('晚报讯');
  await expect(app.reader.locator('[data-field="paragraphs"] p')).toHaveCount(5);
  await page.screenshot({ path: test.info().outputPath('reader.png') });
});

test('keyboard: j/k and arrows move through articles, Enter opens', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expect(app.readerHeadline).toHaveText(
    '用好长三角一体化发展国家战略 在江苏加快打造发展新质生产力重要阵地中勇担使命',
  );
  await expect(app.readerBylines).toContainText('李彤');
});

test('the UI switches to English and back', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(app.library.locator('[data-group="paper"]')).toContainText('Paper unknown');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(app.library.locator('[data-group="paper"]')).toContainText('报纸未知');
});

test('without the token every request is refused with 401', async ({ playwright }) => {
  const anonymous = await playwright.request.newContext();
  for (const path of ['/', '/index.html', '/?token=wrong']) {
    expect((await anonymous.get(`${host.origin}${path}`)).status()).toBe(401);
  }
  const api = await anonymous.post(`${host.origin}/api/library.list`, { data: {} });
  expect(api.status()).toBe(401);
  expect((await api.json()).error.code).toBe('unauthorized');
  expect(api.headers()['access-control-allow-origin']).toBeUndefined();
  await anonymous.dispose();
});

test('an invalid payload gets a typed validation error, not a stack trace', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  const answer = await page.evaluate(async () => {
    const r = await fetch('api/article.get', { method: 'POST', body: JSON.stringify({ id: 'one' }) });
    return {
      status: r.status,
      body: (await r.json()) as { ok: boolean; error: { code: string; issues: unknown[] } },
    };
  });
  expect(answer.status).toBe(400);
  expect(answer.body.ok).toBe(false);
  expect(answer.body.error.code).toBe('invalid-input');
  expect(answer.body.error.issues.length).toBeGreaterThan(0);
  expect(JSON.stringify(answer.body)).not.toMatch(/at .*\.ts:\d+/);
});

test('an editor sets the page details and the library regroups by paper and date', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await app.library.getByRole('button', { name: '编辑版面信息' }).click();
  const form = app.library.locator('form.meta');
  await form.getByLabel('日期').fill('7月10日');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.locator('.error')).toContainText('YYYY-MM-DD');
  await form.getByLabel('报纸').fill('南通晚报');
  await form.getByLabel('日期').fill('2024-07-10');
  await form.getByLabel('版次').fill('A1');
  await form.getByLabel('版名').fill('要闻');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toHaveCount(0);
  // The library reloads its tree and opens the page's new branch: paper → month → day.
  await expect(app.library.locator('[data-group="paper"]')).toHaveText(/南通晚报\s*5 篇/);
  await expect(app.library.locator('[data-group="month"]')).toContainText('2024-07');
  await expect(app.library.locator('[data-group="day"]')).toContainText('2024-07-10');
  await expect(app.library.locator('h3')).toContainText('A1');
  await app.openArticle('我市新增20家4A级社会组织');
  await expect(app.reader.locator('.page-line')).toContainText('南通晚报 · 2024-07-10 · A1 · 要闻');
});
