import { expect, type Locator, type Page } from '@playwright/test';

/** The search box in the top bar, its results in the left pane and the reader's hit bar. */
export class SearchPanel {
  readonly box: Locator;
  readonly results: Locator;
  readonly total: Locator;
  readonly hits: Locator;
  readonly readerMarks: Locator;
  readonly hitNav: Locator;

  constructor(readonly page: Page) {
    this.box = page.getByRole('searchbox');
    this.results = page.locator('nav.search-results');
    this.total = this.results.locator('[data-total]');
    this.hits = this.results.locator('[data-hit-id]');
    this.readerMarks = page.locator('main.reader mark');
    this.hitNav = page.locator('main.reader .hit-nav');
  }

  async search(query: string): Promise<void> {
    await this.box.fill(query);
    await expect(this.total).toBeVisible();
  }

  /** "3 of 7" on the hit bar, as numbers. */
  async position(): Promise<{ current: number; count: number }> {
    const count = this.hitNav.locator('[data-current]');
    return {
      current: Number(await count.getAttribute('data-current')),
      count: Number(await count.getAttribute('data-count')),
    };
  }
}
