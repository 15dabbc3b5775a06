import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** Tags, the collections sidebar and the export dialog, as an editor uses them. */
export class CollectionsPage {
  readonly sidebar: Locator;
  readonly pane: Locator;
  readonly dialog: Locator;
  readonly chips: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByTestId('collections');
    this.pane = page.getByTestId('collection-pane');
    this.dialog = page.getByTestId('export-dialog');
    this.chips = page.getByTestId('tag-chips');
  }

  /** Presses t on the open article, types the tag and confirms with Enter. */
  async tagOpenArticle(tag: string): Promise<void> {
    await this.page.keyboard.press('t');
    const box = this.page.getByTestId('tag-box');
    await expect(box).toBeVisible();
    await box.locator('input').fill(tag);
    await box.locator('input').press('Enter');
    await expect(box).toBeHidden();
    await expect(this.chips.locator(`[data-tag="${tag}"]`)).toBeVisible();
  }

  async openCollection(name: string): Promise<void> {
    await this.sidebar.locator(`[data-collection="${name}"]`).click();
    await expect(this.pane).toBeVisible();
  }

  /** Opens the export dialog (if needed), picks a format and returns the browser download. */
  async export(formatLabel: string): Promise<Download> {
    if (!(await this.dialog.isVisible())) await this.pane.getByRole('button', { name: '导出…' }).click();
    await this.dialog.getByLabel(formatLabel).check();
    const download = this.page.waitForEvent('download');
    await this.dialog.getByRole('button', { name: '导出', exact: true }).click();
    return download;
  }

  /** A tag's row in the sidebar, by its full name (经济/长三角). */
  tag(name: string): Locator {
    return this.sidebar.locator(`[data-collection="${name}"]`);
  }

  /** Opens the ⋯ menu of a tag (rename, colour, merge, delete). */
  async manageTag(name: string): Promise<Locator> {
    const row = this.sidebar.locator(`[data-tag-row="${name}"]`);
    await row.hover();
    await row.getByRole('button', { name: `管理标签 ${name}` }).click();
    const menu = this.page.getByTestId('tag-menu');
    await expect(menu).toBeVisible();
    return menu;
  }

  get toast(): Locator {
    return this.page.getByTestId('undo-toast');
  }

  async undo(): Promise<void> {
    await this.toast.getByRole('button', { name: '撤销' }).click();
    await expect(this.toast).toBeHidden();
  }
}
