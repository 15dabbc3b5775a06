import { expect, type Locator, type Page } from '@playwright/test';

/** The reader's annotation parts: selection toolbar, sidebar of the open article, correction dialog. */
export class AnnotationsPage {
  readonly sidebar: Locator;
  readonly toolbar: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.locator('aside.notes');
    this.toolbar = page.getByRole('toolbar');
  }

  /** Selects `phrase` inside body paragraph `para` the way a mouse drag would leave the selection. */
  async select(phrase: string, para = 0): Promise<void> {
    await this.page.evaluate(
      ({ phrase, para }) => {
        const p = document.querySelector(`main.reader [data-para="${para}"]`);
        if (!p) throw new Error('paragraph not found');
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(phrase);
          if (at >= 0) {
            const r = document.createRange();
            r.setStart(n, at);
            r.setEnd(n, at + phrase.length);
            const sel = window.getSelection()!;
            sel.removeAllRanges();
            sel.addRange(r);
            return;
          }
        }
        throw new Error(`phrase not found: ${phrase}`);
      },
      { phrase, para },
    );
    await expect(this.toolbar).toBeVisible();
  }

  card(quote: string): Locator {
    return this.sidebar.locator('[data-annotation-id]', { hasText: quote });
  }

  /** Text of every painted highlight range of a colour (CSS Custom Highlight API). */
  async painted(colour: string): Promise<string[]> {
    return this.page.evaluate((c) => {
      const h = CSS.highlights.get(`jb-${c}`);
      return h ? [...h].map((r) => r.toString()) : [];
    }, colour);
  }
}
