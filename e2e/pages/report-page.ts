import { expect, type Locator, type Page } from '@playwright/test';

/** The 稿件统计 dialog: report tab (filters, charts, table, exports) and people tab (merge). */
export class ReportPage {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: '稿件统计与人员' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: '稿件统计', exact: true }).click();
    await expect(this.dialog).toBeVisible();
  }

  async pickMonth(month: string): Promise<void> {
    await this.dialog.getByLabel('月份').fill(month);
  }

  row(name: string): Locator {
    return this.dialog.locator('tbody tr', { has: this.page.getByRole('button', { name, exact: true }) });
  }

  /** Cell text of a person's row under a column header. */
  async cell(name: string, column: string): Promise<string> {
    const headers = await this.dialog.locator('thead th').allInnerTexts();
    const at = headers.findIndex((h) => h.replace(/[▲▼]/g, '').trim() === column);
    return (await this.row(name).locator('th, td').nth(at).innerText()).trim();
  }

  chart(kind: 'bar' | 'line'): Locator {
    return this.dialog.locator(`figure[data-chart="${kind}"] canvas`);
  }

  /** True once Chart.js has drawn something on the canvas. */
  async drawn(kind: 'bar' | 'line'): Promise<boolean> {
    return this.chart(kind).evaluate((c: HTMLCanvasElement) => {
      const ctx = c.getContext('2d');
      if (!ctx || c.width === 0) return false;
      const data = ctx.getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) return true;
      return false;
    });
  }

  async tab(name: '稿件统计' | '人员'): Promise<void> {
    await this.dialog.getByRole('tab', { name }).click();
  }

  async merge(names: string[]): Promise<void> {
    await this.tab('人员');
    for (const n of names) await this.dialog.getByLabel(`选择 ${n}`, { exact: true }).check();
    await this.dialog.getByRole('button', { name: /^合并所选/ }).click();
  }
}
