import { expect, test } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { AppPage } from './pages/app-page';
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

test('a highlight with a note survives a correction before it and a reload; undo restores a deleted note', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);

  await notes.select(PHRASE);
  await notes.toolbar.getByRole('button', { name: '加批注' }).click();
  await notes.sidebar.locator('textarea').fill('提案督办的要求\n第二行');
  await notes.sidebar.getByRole('button', { name: '保存' }).click();
  await expect(notes.card(PHRASE).locator('[data-note]')).toHaveText('提案督办的要求\n第二行');
  await expect.poll(() => notes.painted('yellow')).toEqual([PHRASE]);

  // Correct a word before the highlight: the text grows by one character in front of it.
  await notes.sidebar.getByRole('button', { name: '校对正文' }).click();
  const first = page.locator('[data-fix-paragraph="0"]');
  const text = await first.inputValue();
  expect(text).toContain('深入相关企业');
  await first.fill(text.replace('深入相关企业', '深入到相关企业'));
  await page.getByRole('button', { name: '保存校对' }).click();
  await expect(app.reader.locator('[data-para="0"]')).toContainText('深入到相关企业');

  await page.reload();
  await app.openArticle(FIRST);
  await expect(app.reader.locator('[data-para="0"]')).toContainText('深入到相关企业');
  await expect(notes.card(PHRASE).locator('[data-note]')).toHaveText('提案督办的要求\n第二行');
  await expect.poll(() => notes.painted('yellow')).toEqual([PHRASE]);
  await page.screenshot({ path: test.info().outputPath('annotated.png') });

  await notes.card(PHRASE).getByRole('button', { name: '删除' }).click();
  await expect(notes.card(PHRASE)).toHaveCount(0);
  await expect.poll(() => notes.painted('yellow')).toEqual([]);
  await page.locator('main.reader h1').click();
  await page.keyboard.press('Control+z');
  await expect(notes.card(PHRASE).locator('[data-note]')).toHaveText('提案督办的要求\n第二行');
  await expect.poll(() => notes.painted('yellow')).toEqual([PHRASE]);
});

test('history keeps the parsed original; reverting restores it, and undo/redo step through the revert', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  // Its own correction, so this test also stands alone.
  await notes.sidebar.getByRole('button', { name: '校对正文' }).click();
  const first = page.locator('[data-fix-paragraph="0"]');
  await first.fill((await first.inputValue()).replace('昨天上午', '昨日上午'));
  await page.screenshot({ path: test.info().outputPath('correct.png') });
  await page.getByRole('button', { name: '保存校对' }).click();
  await expect(app.reader.locator('[data-para="0"]')).toContainText('昨日上午');

  await notes.sidebar.getByRole('button', { name: '修改历史' }).click();
  const dialog = page.getByRole('dialog', { name: '修改历史' });
  await expect(dialog.locator('[data-version="1"]')).toContainText('原始解析');
  await dialog.locator('[data-version="1"]').getByRole('button', { name: '恢复到此版本' }).click();
  await expect(app.reader.locator('[data-para="0"]')).toContainText(
    '昨天上午,市委书记吴新明带队深入相关企业',
  );
  await page.keyboard.press('Control+z');
  await expect(app.reader.locator('[data-para="0"]')).toContainText('昨日上午');
  await page.keyboard.press('Control+Shift+z');
  await expect(app.reader.locator('[data-para="0"]')).toContainText('昨天上午');
});

test('overlapping highlights by keyboard both paint; the archive view finds them, and the trash restores', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await notes.select('南通持续强化与上海', 1);
  await page.keyboard.press('2');
  await expect(notes.card('南通持续强化与上海')).toBeVisible();
  await notes.select('与上海、苏南地区', 1);
  await page.keyboard.press('4');
  await expect.poll(() => notes.painted('green')).toEqual(['南通持续强化与上海']);
  await expect.poll(() => notes.painted('pink')).toEqual(['与上海、苏南地区']);

  await notes.card('与上海、苏南地区').getByRole('button', { name: '删除' }).click();
  await page.getByRole('button', { name: '批注', exact: true }).click();
  const browser = page.getByRole('dialog', { name: '全部批注' });
  await browser.getByRole('searchbox').fill('苏南');
  await expect(browser.locator('[data-annotation-id]')).toHaveCount(0);
  await browser.getByRole('button', { name: '回收站' }).click();
  await expect(browser.locator('[data-annotation-id]')).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('trash.png') });
  await browser.getByRole('button', { name: '恢复' }).click();
  await expect(browser.locator('[data-annotation-id]')).toHaveCount(0);
  await browser.getByRole('button', { name: '全部', exact: true }).click();
  await expect(browser.locator('[data-annotation-id]')).toHaveCount(1);
  await browser.getByRole('button', { name: '关闭' }).click();
  await expect.poll(() => notes.painted('pink')).toEqual(['与上海、苏南地区']);
});

test('the source line is correctable and shows in the reader', async ({ page }) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle('我市新增20家4A级社会组织');
  await notes.sidebar.getByRole('button', { name: '校对正文' }).click();
  await page.locator('[data-fix="source"]').fill('本报讯');
  await page.getByRole('button', { name: '保存校对' }).click();
  await expect(app.reader.locator('[data-field="source"]')).toHaveText('本报讯');
  await page.reload();
  await app.openArticle('我市新增20家4A级社会组织');
  await expect(app.reader.locator('[data-field="source"]')).toHaveText('本报讯');
});

test('a tag on an annotation shows as a chip after a reload and filters the archive view', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await notes.select('黄巍东参加调研');
  await page.keyboard.press('3');
  await notes.select('规上制造业企业', 1);
  await page.keyboard.press('5');
  const tagged = notes.card('黄巍东参加调研');
  const box = tagged.getByLabel('给批注加标签');
  await box.fill('待核/人名');
  await box.press('Enter');
  await expect(tagged.locator('[data-tag="待核/人名"]')).toBeVisible();
  await expect(box).toHaveValue('');

  await page.reload();
  await app.openArticle(FIRST);
  await expect(tagged.locator('[data-tag="待核/人名"]')).toBeVisible();
  await expect(notes.card('规上制造业企业').locator('[data-tag]')).toHaveCount(0);

  await page.getByRole('button', { name: '批注', exact: true }).click();
  const browser = page.getByRole('dialog', { name: '全部批注' });
  await expect(browser.locator('[data-annotation-id]', { hasText: '规上制造业企业' })).toHaveCount(1);
  await browser.getByLabel('标签', { exact: true }).selectOption({ label: '待核/人名' });
  await expect(browser.locator('[data-annotation-id]')).toHaveCount(1);
  await expect(browser.locator('[data-annotation-id]')).toContainText('黄巍东参加调研');
  await browser.getByRole('button', { name: '关闭' }).click();

  await tagged.getByRole('button', { name: '去掉批注标签 待核/人名' }).click();
  await expect(tagged.locator('[data-tag]')).toHaveCount(0);
});

test('复制引用 puts the selected words and the GB/T 7714 reference on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await notes.select(PHRASE);
  await notes.toolbar.screenshot({ path: test.info().outputPath('selection-toolbar.png') });
  await notes.toolbar.getByRole('button', { name: '复制引用' }).click();
  await expect
    .poll(() => page.evaluate(() => navigator.clipboard.readText()))
    .toMatch(new RegExp(`^“${PHRASE}”\\n朱文君\\. ${FIRST}\\[N\\]`));
});
