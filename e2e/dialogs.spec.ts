import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { SearchPanel } from './pages/search-panel';
import { startHost, type RunningHost } from './support/browser-host';

const FIRST = '推进高水平跨江融合 共建长江口产业创新协同区';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

const focusedInside = (dialog: Locator): Promise<boolean> =>
  dialog.evaluate((d) => d.contains(document.activeElement) && document.activeElement !== d);

/**
 * Opens a dialog from `opener` with the keyboard (focus, Enter), then checks it the way a keyboard
 * user meets it: modal, focus inside, Tab cycling inside, Escape closing it and focus back on opener.
 */
async function checkDialog(page: Page, opener: Locator, name: string): Promise<void> {
  await opener.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d instanceof HTMLDialogElement && d.matches(':modal'))).toBe(true);
  await expect.poll(() => focusedInside(dialog), `focus moves into ${name}`).toBe(true);
  // More Tabs than the dialog has controls: focus must wrap around, never leave.
  const count = await dialog.evaluate(
    (d) => d.querySelectorAll('button, input, select, textarea, a[href], [tabindex="0"]').length,
  );
  for (let i = 0; i <= count + 1; i++) {
    await page.keyboard.press('Tab');
    expect(await focusedInside(dialog), `Tab ${i + 1} stays in ${name}`).toBe(true);
  }
  await page.keyboard.press('Shift+Tab');
  expect(await focusedInside(dialog)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener, `focus returns to what opened ${name}`).toBeFocused();
}

test('every dialog takes focus, keeps Tab inside, closes on Escape and gives focus back', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  const notes = page.locator('aside.notes');
  const cases: [Locator, string][] = [
    [page.getByRole('button', { name: '搜索语法' }), '搜索语法'],
    [page.getByRole('button', { name: '快捷键 (?)' }), '快捷键'],
    [page.getByRole('button', { name: '阅读设置' }), '阅读设置'],
    [page.getByRole('button', { name: '批注', exact: true }), '全部批注'],
    [page.getByRole('button', { name: '稿件统计' }), '稿件统计与人员'],
    [notes.getByRole('button', { name: '校对正文' }), '校对正文'],
    [notes.getByRole('button', { name: '修改历史' }), '修改历史'],
    [page.getByRole('button', { name: '+ 标签 (t)' }), '添加标签'],
    [app.library.getByRole('button', { name: '编辑版面信息' }), '编辑版面信息'],
  ];
  for (const [opener, name] of cases) await checkDialog(page, opener, name);
});

test('the export dialog and the import report behave the same way', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  const search = new SearchPanel(page);
  await search.search('南通');
  await search.results.getByRole('button', { name: '选择本页' }).click();
  await checkDialog(page, search.results.getByRole('button', { name: '导出…' }), '导出');

  // The report opens on its own when an import ends: focus moves in, Escape closes it.
  const page1 = readFileSync('seeds/000_3497fb0fb16c1ff0.txt');
  await page
    .getByTestId('import-input')
    .setInputFiles([{ name: '南通晚报_2024-07-10_A3.txt', mimeType: 'text/plain', buffer: page1 }]);
  const report = page.getByRole('dialog', { name: '导入报告' });
  await expect(report).toBeVisible();
  await expect.poll(() => focusedInside(report)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(report).toHaveCount(0);
});

test('Tab in the tag box completes the suggestion instead of leaving the field', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await page.keyboard.press('t');
  const box = page.getByRole('dialog', { name: '添加标签' });
  await box.getByRole('textbox').fill('经济/长三角');
  await page.keyboard.press('Enter');
  await expect(box).toHaveCount(0);
  await page.keyboard.press('t');
  await box.getByRole('textbox').fill('长三');
  await page.keyboard.press('Tab');
  await expect(box.getByRole('textbox')).toBeFocused();
  await expect(box.getByRole('textbox')).toHaveValue('经济/长三角');
  await page.keyboard.press('Escape');
});

test('? lists every shortcut; menu actions show theirs', async ({ page }) => {
  const app = new AppPage(page);
  await app.open(host.url);
  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: '快捷键' });
  await expect(list).toContainText('Ctrl/⌘+F');
  await expect(list).toContainText('搜索全部档案');
  await expect(list).toContainText('从搜索框进入搜索结果');
  await expect(list).toContainText('文中下一处匹配');
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(page.getByRole('button', { name: /撤销/ })).toHaveAttribute('aria-keyshortcuts', 'Control+Z');
  await expect(page.getByRole('button', { name: /撤销/ }).locator('kbd')).toHaveText('Ctrl+Z');
  await expect(page.getByRole('button', { name: /重做/ })).toHaveAttribute(
    'aria-keyshortcuts',
    'Shift+Control+Z',
  );
});
