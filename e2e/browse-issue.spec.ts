import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { AppPage } from './pages/app-page';
import { startHost, type RunningHost } from './support/browser-host';

const SEED = readFileSync('seeds/000_3497fb0fb16c1ff0.txt', 'utf8');
/** Issues of one paper: the page details come from the file names; each text differs by a line. */
const ISSUES = ['2024-07-03_A1', '2024-07-10_A1', '2024-07-10_A2', '2024-08-02_A1'];

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

test('browse to an issue by date in the calendar with the keyboard only, then step issue by issue', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await page.getByTestId('import-input').setInputFiles(
    ISSUES.map((issue, i) => ({
      name: `南通晚报_${issue}.txt`,
      mimeType: 'text/plain',
      buffer: Buffer.from(`${SEED}\n\n本版第${i + 1}次印刷。\n`),
    })),
  );
  await expect(page.locator('div.report[role=status]')).toContainText('新增 4 版');
  // From here on, only the keyboard: a fresh start of the app with nothing focused.
  await page.reload();
  await expect(app.library.locator('[data-article-id]').first()).toBeVisible();

  // g opens the calendar on the paper's newest month with the keyboard on a day.
  await page.keyboard.press('g');
  const calendar = page.getByTestId('issue-calendar');
  await expect(calendar).toBeVisible();
  await expect(calendar.locator('[role=grid]')).toHaveAccessibleName('2024 年 8 月');
  await expect(calendar.locator('[data-day="2024-08-02"]')).toHaveAccessibleName('2024-08-02:1 版,5 篇');
  await expect(calendar.locator('[data-day="2024-08-03"]')).toHaveAccessibleName('2024-08-03:无版面');
  await expect(page.locator('[data-day="2024-08-01"]')).toBeFocused();

  await page.keyboard.press('PageUp');
  await expect(calendar.locator('[role=grid]')).toHaveAccessibleName('2024 年 7 月');
  await expect(page.locator('[data-day="2024-07-01"]')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-day="2024-07-10"]')).toBeFocused();
  await page.screenshot({ path: test.info().outputPath('calendar.png') });
  await page.keyboard.press('Enter');

  await expect(calendar).toHaveCount(0);
  const pageLine = app.reader.locator('.page-line');
  await expect(pageLine).toContainText('南通晚报 · 2024-07-10 · A1');
  // The library opened that day: both of its pages are listed.
  await expect(app.library.locator('h3[data-page-id]', { hasText: 'A2' })).toBeVisible();

  // ] and [ step to the next and previous issue; the buttons say when there is none.
  await page.keyboard.press(']');
  await expect(pageLine).toContainText('2024-08-02');
  await expect(page.getByTestId('issue-nav').getByRole('button', { name: '下一期' })).toBeDisabled();
  await page.keyboard.press('[');
  await expect(pageLine).toContainText('2024-07-10');
  await page.keyboard.press('[');
  await expect(pageLine).toContainText('2024-07-03');
  await expect(page.getByTestId('issue-nav').getByRole('button', { name: '上一期' })).toBeDisabled();
});

test('“go to date” on a day without pages lands on the nearest issue and says so', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await page.getByRole('button', { name: '往期' }).click();
  const calendar = page.getByTestId('issue-calendar');
  await calendar.getByTestId('go-to-date').fill('2024-07-09');
  await calendar.getByTestId('go-to-date').press('Enter');
  await expect(calendar.getByRole('status')).toContainText('2024-07-09 没有版面,已转到最近的一期 2024-07-10');
  await expect(page.locator('[data-day="2024-07-10"]')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.reader.locator('.page-line')).toContainText('2024-07-10');

  await page.getByRole('button', { name: '往期' }).click();
  await calendar.getByTestId('go-to-date').fill('2024-08-02');
  await calendar.getByRole('button', { name: '前往' }).click();
  await expect(app.reader.locator('.page-line')).toContainText('2024-08-02');
});
