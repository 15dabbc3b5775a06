import { expect, test, type Page } from '@playwright/test';
import { AnnotationsPage } from './pages/annotations-page';
import { AppPage } from './pages/app-page';
import { startHost, type RunningHost } from './support/browser-host';

const FIRST = '推进高水平跨江融合 共建长江口产业创新协同区';
const PHRASE = '务实谋划、积极推进';

let host: RunningHost;
test.beforeEach(async () => {
  // Each journey starts from a fresh archive: drafts and the place left off are kept in it.
  host = await startHost();
});
test.afterEach(async () => {
  await host.stop();
});

const draftSaved = (page: Page) =>
  expect(page.locator('[data-draft-status="saved"]')).toContainText('草稿已保存');

test('a correction typed and not saved is back after a reload, with a notice', async ({ page }) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await notes.sidebar.getByRole('button', { name: '校对正文' }).click();
  await page.locator('[data-fix="headline"]').fill('推进跨江融合(校对中)');
  const para = page.locator('[data-fix-paragraph="1"]');
  await para.fill(`${await para.inputValue()}补一句。`);
  await draftSaved(page);

  await page.reload();
  // The app reopens the article that was open, and says a correction draft is waiting.
  await expect(app.readerHeadline).toHaveText(FIRST);
  const waiting = notes.sidebar.getByTestId('correction-draft');
  await expect(waiting).toContainText('未保存的校对草稿');
  await waiting.getByRole('button', { name: '继续校对' }).click();
  await expect(page.getByTestId('draft-restored')).toContainText('已恢复');
  await expect(page.locator('[data-fix="headline"]')).toHaveValue('推进跨江融合(校对中)');
  await expect(page.locator('[data-fix-paragraph="1"]')).toHaveValue(/补一句。$/);
  await page.screenshot({ path: test.info().outputPath('draft-restored.png') });

  // Saving the form makes it the article's text and drops the draft.
  await page.getByRole('button', { name: '保存校对' }).click();
  await expect(app.readerHeadline).toHaveText('推进跨江融合(校对中)');
  await expect(waiting).toHaveCount(0);
  await page.reload();
  await expect(app.readerHeadline).toHaveText('推进跨江融合(校对中)');
  await expect(notes.sidebar.getByTestId('correction-draft')).toHaveCount(0);
});

test('splitting with unsaved corrections asks first; “save, then split” keeps the correction', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  const paragraphs = app.reader.locator('[data-field="paragraphs"] p');
  await expect(paragraphs).toHaveCount(5);
  await notes.sidebar.getByRole('button', { name: '校对正文' }).click();
  const first = page.locator('[data-fix-paragraph="0"]');
  const text = await first.inputValue();
  await first.fill(text.replace('深入相关企业', '深入到相关企业'));

  await page.getByRole('button', { name: '从此段起拆为新文章' }).nth(2).click();
  const ask = page.getByTestId('confirm-leave');
  await expect(ask).toContainText('拆分前先处理未保存的修改');
  // Cancel leaves the form as it was, the typing still there.
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(ask).toHaveCount(0);
  await expect(first).toHaveValue(/深入到相关企业/);

  await page.getByRole('button', { name: '从此段起拆为新文章' }).nth(2).click();
  await ask.getByRole('button', { name: '保存修改后拆分' }).click();
  await expect(page.locator('[data-fix="headline"]')).toHaveCount(0);
  await expect(paragraphs).toHaveCount(3);
  await expect(paragraphs.first()).toContainText('深入到相关企业');
});

test('closing a form with unsaved changes asks; discarding drops the draft, keeping it offers it later', async ({
  page,
}) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await notes.sidebar.getByRole('button', { name: '校对正文' }).click();
  await page.locator('[data-fix="kicker"]').fill('引题改了');
  await draftSaved(page);
  await page.getByRole('button', { name: '取消' }).click();
  const ask = page.getByTestId('confirm-leave');
  await expect(ask).toContainText('有未保存的修改');
  await ask.getByRole('button', { name: '保留草稿并关闭' }).click();
  await expect(notes.sidebar.getByTestId('correction-draft')).toBeVisible();

  await notes.sidebar.getByRole('button', { name: '继续校对' }).click();
  await expect(page.locator('[data-fix="kicker"]')).toHaveValue('引题改了');
  await page.getByRole('button', { name: '取消' }).click();
  await ask.getByRole('button', { name: '放弃修改' }).click();
  await expect(page.locator('[data-fix="kicker"]')).toHaveCount(0);
  await expect(notes.sidebar.getByTestId('correction-draft')).toHaveCount(0);
  await page.reload();
  await expect(app.readerHeadline).toHaveText(FIRST);
  await notes.sidebar.getByRole('button', { name: '校对正文' }).click();
  await expect(page.locator('[data-fix="kicker"]')).not.toHaveValue('引题改了');
});

test('a note being typed survives opening another article and coming back', async ({ page }) => {
  const app = new AppPage(page);
  const notes = new AnnotationsPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await notes.select(PHRASE);
  await notes.toolbar.getByRole('button', { name: '加批注' }).click();
  await notes.sidebar.locator('textarea').fill('还没写完的批注');
  await draftSaved(page);

  await app.articleButton('清凉『驿』夏').click();
  await expect(app.readerHeadline).toContainText('清凉');
  // The header lists drafts kept anywhere in the archive; one opens its article again.
  await page.getByRole('button', { name: '草稿 1' }).click();
  await page
    .getByTestId('drafts-menu')
    .getByRole('button', { name: /批注.*推进高水平跨江融合/ })
    .click();
  await expect(app.readerHeadline).toHaveText(FIRST);
  const card = notes.card(PHRASE);
  await expect(card.locator('[data-note-draft]')).toContainText('未保存的批注草稿');
  await card.getByRole('button', { name: '继续编辑' }).click();
  await expect(card.locator('textarea')).toHaveValue('还没写完的批注');
  await card.getByRole('button', { name: '保存' }).click();
  await expect(card.locator('[data-note]')).toHaveText('还没写完的批注');
  await expect(card.locator('[data-note-draft]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^草稿/ })).toHaveCount(0);
});

test('the app reopens at the article and reader position left', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 420 });
  const app = new AppPage(page);
  await app.open(host.url);
  await app.openArticle(FIRST);
  await app.reader.evaluate((el) => el.scrollTo({ top: 180 }));
  // The place is written after scrolling pauses; ask the archive rather than guess a time.
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const r = await fetch('api/session.get', { method: 'POST', body: '{}' });
        return ((await r.json()) as { value: { scrollTop: number } }).value.scrollTop;
      }),
    )
    .toBeGreaterThan(100);

  await page.reload();
  await expect(app.readerHeadline).toHaveText(FIRST);
  await expect(app.library.locator('[data-article-id].open')).toContainText('推进高水平跨江融合');
  await expect.poll(() => app.reader.evaluate((el) => el.scrollTop)).toBeGreaterThan(100);
});
