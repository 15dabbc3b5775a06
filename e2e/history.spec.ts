import { expect, test } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
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

test('undo is greyed out with nothing to undo; history shows the words changed and when; messages clear', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  const bar = page.locator('header.bar');
  const undo = bar.getByRole('button', { name: '撤销' });
  const redo = bar.getByRole('button', { name: '重做' });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();

  await app.openArticle(FIRST);
  await notes.sidebar.getByRole('button', { name: '校对正文' }).click();
  const first = page.locator('[data-fix-paragraph="0"]');
  await first.fill((await first.inputValue()).replace('深入相关企业', '深入到相关企业'));
  await page.getByRole('button', { name: '保存校对' }).click();
  await expect(app.reader.locator('[data-para="0"]')).toContainText('深入到相关企业');
  await expect(undo).toBeEnabled();
  await expect(redo).toBeDisabled();

  await notes.sidebar.getByRole('button', { name: '修改历史' }).click();
  const dialog = page.getByRole('dialog', { name: '修改历史' });
  const v2 = dialog.locator('[data-version="2"]');
  await expect(v2.locator('[data-diff-field="paragraphs"] ins')).toHaveText(['到']);
  await expect(v2.locator('[data-diff-field="paragraphs"] del')).toHaveCount(0);
  await expect(v2.locator('[data-diff-field]')).toHaveCount(1);
  // The parsed original is dated from the import, before the correction.
  const at = async (v: string) => dialog.locator(`[data-version="${v}"] time`).getAttribute('datetime');
  expect(Date.parse((await at('1')) ?? '')).toBeLessThan(Date.parse((await at('2')) ?? ''));
  await page.screenshot({ path: test.info().outputPath('history-diff.png') });
  await dialog.getByRole('button', { name: '关闭' }).click();

  await page.locator('main.reader h1').click();
  await page.keyboard.press('Control+z');
  const status = bar.getByRole('status');
  await expect(status).toContainText('已撤销');
  await expect(redo).toBeEnabled();
  await expect(undo).toBeDisabled();
  // The message says what happened, then goes away by itself.
  await expect(status).toHaveText('', { timeout: 10_000 });
});
