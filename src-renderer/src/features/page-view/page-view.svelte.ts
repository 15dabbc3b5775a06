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

/**
 * Tints for articles, in page order; the same article keeps its tint on lines and regions. Text
 * lines take the dark twin in a dark scheme (light ink on a light tint is unreadable); a PDF page
 * is always printed paper, so its regions keep the light tint.
 */
const TINTS: [string, string][] = [
  ['#f6e3c5', '#4a3a22'],
  ['#d8ead3', '#2c4229'],
  ['#d5e3f2', '#263a52'],
  ['#f2d6dc', '#4d2a32'],
  ['#e6def2', '#3a2f4d'],
  ['#f2ecc2', '#47421f'],
  ['#d3ebe8', '#244542'],
  ['#ecdccb', '#45362a'],
];

export function tintOf(layout: PageLayoutT, articleId: number | null, paper = false): string | null {
  if (articleId === null) return null;
  const k = layout.articles.findIndex((a) => a.id === articleId);
  const pair = k < 0 ? undefined : TINTS[k % TINTS.length];
  if (!pair) return null;
  return paper ? pair[0] : `light-dark(${pair[0]}, ${pair[1]})`;
}
