import { expect, type Locator, type Page } from '@playwright/test';

/** The window's panes as a layout: which are on screen, and how wide the reader's text runs. */
export class LayoutPage {
  readonly library: Locator;
  readonly reader: Locator;
  readonly notes: Locator;
  readonly collections: Locator;
  readonly switcher: Locator;
  readonly drawerToggle: Locator;

  constructor(readonly page: Page) {
    this.library = page.locator('nav.library');
    this.reader = page.locator('main.reader');
    this.notes = page.locator('aside.notes');
    this.collections = page.getByTestId('collections');
    this.switcher = page.getByRole('navigation', { name: '切换窗格' });
    this.drawerToggle = page.getByRole('button', { name: '☰ 列表' });
  }

  /** Characters of body text a line holds: the article's width over its body font size. */
  async charactersPerLine(): Promise<number> {
    return this.page.evaluate(() => {
      const article = document.querySelector('main.reader article');
      const para = document.querySelector('main.reader article [data-para="0"]');
      if (!article || !para) throw new Error('no article open');
      return article.getBoundingClientRect().width / parseFloat(getComputedStyle(para).fontSize);
    });
  }

  /** Fully on screen: visible, with its box inside the viewport (not pushed off the side). */
  async expectOnScreen(pane: Locator): Promise<void> {
    await expect(pane).toBeVisible();
    const box = await pane.boundingBox();
    const size = this.page.viewportSize();
    expect(box && size && box.x >= -1 && box.x + box.width <= size.width + 1 && box.width > 100).toBe(true);
  }
}
