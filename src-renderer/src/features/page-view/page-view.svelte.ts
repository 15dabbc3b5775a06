import type { PageLayoutT, RestructureActionT } from '../../../../src-main/contract-page-view';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';
import { tv } from './page-view-strings';

/** The page view's state: the open page's layout, the lines the editor selected, the article in focus. */
export class PageView {
  layout = $state.raw<PageLayoutT | null>(null);
  /** Selected line numbers (1-based, as shown). */
  selected = $state.raw<number[]>([]);
  /** The line a Shift+click extends from. */
  anchor = $state<number | null>(null);
  /** An article hovered in the reader or library: its lines and region are drawn stronger. */
  hoverArticleId = $state<number | null>(null);
  error = $state<AppError | null>(null);
  busy = $state(false);
  /** What the last structure edit did, in the editor's words. */
  notice = $state('');
  #loading: number | null = null;
  /** Decisions saved when the notice was written: an undo or redo changes them and the notice goes. */
  #noticeFor = -1;

  async load(pageId: number): Promise<void> {
    this.#loading = pageId;
    const r = await call('pages.layout', { pageId });
    if (this.#loading !== pageId) return;
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    if (this.layout?.pageId !== pageId || r.value.decisions !== this.#noticeFor) this.notice = '';
    if (this.layout?.pageId !== pageId) this.selected = [];
    this.layout = r.value;
    this.error = null;
  }

  /** Click: select the line; Shift: the range from the last click; Ctrl/Cmd: add or remove it. */
  select(no: number, mode: 'one' | 'range' | 'toggle'): void {
    if (mode === 'range' && this.anchor !== null) {
      const [a, b] = this.anchor < no ? [this.anchor, no] : [no, this.anchor];
      const lines = this.layout?.lines.filter((l) => l.no >= a && l.no <= b && l.role !== null) ?? [];
      this.selected = lines.map((l) => l.no);
      return;
    }
    if (mode === 'toggle')
      this.selected = this.selected.includes(no)
        ? this.selected.filter((n) => n !== no)
        : [...this.selected, no].sort((x, y) => x - y);
    else this.selected = this.selected.length === 1 && this.selected[0] === no ? [] : [no];
    this.anchor = no;
  }

  /** Applies a structure edit to the selected lines; returns the articles to re-read, or null. */
  async apply(action: RestructureActionT): Promise<{ articleIds: number[]; changed: number[] } | null> {
    const layout = this.layout;
    if (!layout || this.selected.length === 0 || this.busy) return null;
    this.busy = true;
    const r = await call('pages.restructure', { pageId: layout.pageId, lines: this.selected, action });
    this.busy = false;
    if (!r.ok) {
      this.error = r.error;
      return null;
    }
    this.selected = [];
    await this.load(layout.pageId);
    this.#noticeFor = this.layout?.decisions ?? -1;
    this.notice = [
      tv('done', { n: r.value.changed.length }),
      r.value.correctedRebuilt > 0 ? tv('correctedRebuilt', { n: r.value.correctedRebuilt }) : '',
    ].join(' ');
    return { articleIds: r.value.articleIds, changed: r.value.changed };
  }
}

/** Light tints for articles, in page order; the same article keeps its tint on lines and regions. */
const TINTS = ['#f6e3c5', '#d8ead3', '#d5e3f2', '#f2d6dc', '#e6def2', '#f2ecc2', '#d3ebe8', '#ecdccb'];

export function tintOf(layout: PageLayoutT, articleId: number | null): string | null {
  if (articleId === null) return null;
  const k = layout.articles.findIndex((a) => a.id === articleId);
  return k < 0 ? null : (TINTS[k % TINTS.length] ?? null);
}
