import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { ReportPage } from './pages/report-page';
import { startHost, type RunningHost } from './support/browser-host';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host.stop();
});

async function api<T>(page: Page, name: string, input: unknown): Promise<T> {
  const r = (await page.evaluate(
    async ({ name, input }) =>
      (await fetch(`api/${name}`, { method: 'POST', body: JSON.stringify(input) })).json(),
    { name, input },
  )) as { ok: boolean; value: T };
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r)}`);
  return r.value;
}

test('稿件统计: pick a month, see the table and both charts, merge two aliases, export CSV', async ({
  page,
}) => {
  const app = new AppPage(page);
  await app.open(host.url);
  // The sample page gets its date and 版次 as an editor would set them (✎), and the meeting story
  // is signed 朱文军: the OCR slip the editor will merge.
  const [pageSummary] = await api<{ id: number; articles: { id: number; headline: string }[] }[]>(
    page,
    'library.list',
    {},
  );
  await api(page, 'pages.updateMeta', {
    pageId: pageSummary!.id,
    meta: { date: '2024-07-10', pageLabel: 'A1' },
  });
  const meeting = pageSummary!.articles.find((a) => a.headline.startsWith('吴新明会见'))!;
  await api(page, 'article.correct', { articleId: meeting.id, bylines: [{ role: '记者', name: '朱文军' }] });

  const report = new ReportPage(page);
  await report.open();
  await report.pickMonth('2024-07');
  await expect(report.row('朱文君')).toBeVisible();
  expect(await report.cell('朱文君', '稿件')).toBe('1');
  expect(await report.cell('朱文军', '稿件')).toBe('1');
  expect(await report.cell('陆薇', '合署')).toBe('1');
  expect(await report.cell('翟慧勇', '摄影')).toBe('1');
  expect(await report.cell('李彤', '头版')).toBe('1');
  await expect(report.chart('bar')).toBeVisible();
  await expect(report.chart('line')).toBeVisible();
  await expect.poll(() => report.drawn('bar')).toBe(true);
  await expect.poll(() => report.drawn('line')).toBe(true);
  await page.screenshot({ path: test.info().outputPath('report.png') });

  // Sorting by name puts 陈尔灿 (chén) before 朱文君 (zhū) in pinyin order.
  await report.dialog.getByRole('button', { name: '姓名' }).click();
  await expect(report.dialog.locator('tbody th').first()).toHaveText('陈尔灿');

  await report.merge(['朱文君', '朱文军']);
  await expect(report.dialog.getByRole('status')).toContainText('已将 1 个名字合并到“朱文君”');
  await report.tab('稿件统计');
  await expect.poll(() => report.cell('朱文君', '稿件')).toBe('2');
  await expect(report.row('朱文军')).toHaveCount(0);
  await expect(report.row('朱文君')).toContainText('朱文军');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.dialog.getByRole('button', { name: '导出 CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('稿件统计_2024-07-01_2024-07-31.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toContain('姓名,别名,稿件');
  expect(csv).toContain('朱文君,朱文军,2,');

  // The person page lists both pieces and leads into the reader.
  await report.row('朱文君').getByRole('button', { name: '朱文君' }).click();
  const pieces = report.dialog.getByRole('region', { name: '朱文君 的稿件' });
  await expect(pieces.locator('[data-article-id]')).toHaveCount(2);
  await pieces.locator('[data-article-id]', { hasText: '吴新明会见' }).click();
  await expect(report.dialog).toBeHidden();
  await expect(app.readerHeadline).toHaveText('吴新明会见 西安交通大学校长张立群');
});
