import { expect, type Locator, type Page } from '@playwright/test';

/** The main window as an editor sees it: library on the left, reader on the right. */
export class AppPage {
  readonly library: Locator;
  readonly reader: Locator;

  constructor(readonly page: Page) {
    this.library = page.locator('nav.library');
    this.reader = page.locator('main.reader');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.library.locator('[data-article-id]').first()).toBeVisible();
  }

  articleButton(headline: string): Locator {
    return this.library.locator('[data-article-id]', { hasText: headline });
  }

  async openArticle(headline: string): Promise<void> {
    await this.articleButton(headline).click();
    await expect(this.readerHeadline).toHaveText(headline);
  }

  get readerHeadline(): Locator {
    return this.reader.locator('h1[data-field="headline"]');
  }

  get readerBylines(): Locator {
    return this.reader.locator('[data-field="bylines"]');
  }
}
