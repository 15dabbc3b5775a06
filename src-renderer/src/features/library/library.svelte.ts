import type { LibraryGroupT, PageSummaryT } from '../../../../src-main/contract';
import type { AppError, Result } from '../../../../src-main/result';
import { SvelteMap, SvelteSet } from 'svelte/reactivity';
import { call } from '../../api';
import {
  dayKey,
  flattenTree,
  indexArticles,
  monthKey,
  paperKey,
  type DayPages,
  type LibraryRow,
} from './library-rows';

function replaceAll<V>(map: SvelteMap<string, V>, entries: [string, V][]): void {
  map.clear();
  for (const [k, v] of entries) map.set(k, v);
}

/** Pages asked for per request: a day's front pages, well under the 50 KB a first answer may take. */
const PAGE_BATCH = 20;

/**
 * Library pane state: the archive as a tree (paper → month → day → page → article) whose branches
 * load when opened, never the whole archive; and a keyboard cursor over the articles shown.
 */
export class Library {
  papers = $state.raw<LibraryGroupT[]>([]);
  readonly months = new SvelteMap<string, LibraryGroupT[]>();
  readonly days = new SvelteMap<string, LibraryGroupT[]>();
  readonly pages = new SvelteMap<string, DayPages>();
  readonly open = new SvelteSet<string>();
  loading = $state(true);
  error = $state<AppError | null>(null);
  /** Article under the keyboard cursor (may differ from the one open in the reader). */
  cursorId = $state<number | null>(null);

  readonly rows: LibraryRow[] = $derived(
    flattenTree({
      papers: this.papers,
      months: this.months,
      days: this.days,
      pages: this.pages,
      open: this.open,
    }),
  );
  readonly #articles = $derived(indexArticles(this.rows));

  /** Row of an article in `rows`, or -1 when its branch is closed or not loaded. */
  rowOf(id: number | null): number {
    return id === null ? -1 : (this.#articles.row.get(id) ?? -1);
  }

  #ok<T>(r: Result<T>): T | null {
    if (r.ok) return r.value;
    this.error = r.error;
    return null;
  }

  /** First load: the papers, with the newest day of the first paper opened. */
  async load(): Promise<void> {
    this.loading = true;
    const papers = this.#ok(await call('library.groups', { level: 'papers' }));
    if (papers) {
      this.error = null;
      this.papers = papers;
      const first = papers[0];
      if (first) await this.#openPath(first.key);
    }
    this.loading = false;
    if (this.cursorId === null || !this.#articles.position.has(this.cursorId))
      this.cursorId = this.#articles.ids[0] ?? null;
  }

  /** Opens paper → month → day; without a day given, the paper's newest. */
  async #openPath(paper: string | null, date?: string | null): Promise<void> {
    await this.expand({ kind: 'paper', key: paperKey(paper), paper });
    const month =
      date === undefined ? this.months.get(paperKey(paper))?.[0]?.key : (date?.slice(0, 7) ?? null);
    if (month === undefined) return;
    await this.expand({ kind: 'month', key: monthKey(paper, month), paper, month });
    const day = date === undefined ? this.days.get(monthKey(paper, month))?.[0]?.key : date;
    if (month !== null && day !== undefined)
      await this.expand({ kind: 'day', key: dayKey(paper, day), paper, date: day });
  }

  /** After an import: the tree again, with the first imported page's day opened and its first article under the cursor. */
  async reloadShowing(pageId: number | null): Promise<void> {
    await this.reload();
    if (pageId === null) return;
    const page = this.#ok(await call('library.page', { pageId }));
    if (!page) return;
    await this.#openPath(page.meta.paper, page.meta.date);
    const first = page.articles[0];
    if (first) this.cursorId = first.id;
  }

  /** Opens the branches down to an article's page and puts the cursor on it (reopening, or from elsewhere). */
  async showArticle(
    pageId: number,
    articleId: number,
    stillWanted: () => boolean = () => true,
  ): Promise<void> {
    const page = this.#ok(await call('library.page', { pageId }));
    if (!page) return;
    await this.#openPath(page.meta.paper, page.meta.date);
    if (stillWanted()) this.cursorId = articleId;
  }

  /** Opens one issue (a paper's day) and puts the cursor on its first article; returns that article. */
  async showDay(paper: string | null, date: string): Promise<number | null> {
    await this.#openPath(paper, date);
    const first = this.pages.get(dayKey(paper, date))?.pages.find((p) => p.articles.length > 0)?.articles[0];
    if (first) this.cursorId = first.id;
    return first?.id ?? null;
  }

  /** Opens a branch, loading its children the first time. */
  async expand(
    node:
      | { kind: 'paper'; key: string; paper: string | null }
      | { kind: 'month'; key: string; paper: string | null; month: string | null }
      | { kind: 'day'; key: string; paper: string | null; date: string | null },
  ): Promise<void> {
    if (node.kind === 'paper' && !this.months.has(node.key)) {
      const months = this.#ok(await call('library.groups', { level: 'months', paper: node.paper }));
      if (!months) return;
      this.months.set(node.key, months);
    } else if (node.kind === 'month' && node.month === null) {
      if (!this.pages.has(dayKey(node.paper, null))) await this.loadPages(node.paper, null);
    } else if (node.kind === 'month' && !this.days.has(node.key)) {
      const days = this.#ok(
        await call('library.groups', { level: 'days', paper: node.paper, month: node.month }),
      );
      if (!days) return;
      this.days.set(node.key, days);
    } else if (node.kind === 'day' && !this.pages.has(node.key)) await this.loadPages(node.paper, node.date);
    this.open.add(node.key);
  }

  collapse(key: string): void {
    this.open.delete(key);
  }

  /** A day's pages: the first batch, or the next after those loaded (`more`). */
  async loadPages(paper: string | null, date: string | null, more = false): Promise<void> {
    const key = dayKey(paper, date);
    const loaded = more ? this.pages.get(key) : undefined;
    const after = loaded?.next ?? undefined;
    const r = this.#ok(
      await call('library.pages', { paper, date, limit: PAGE_BATCH, ...(after ? { after } : {}) }),
    );
    if (!r) return;
    this.pages.set(key, {
      pages: [...(loaded?.pages ?? []), ...r.pages],
      next: r.next,
    });
  }

  /**
   * After an edit to some articles: re-read only their pages and the counts above them. An article
   * not shown (a new half of a split) is found through the others; an unknown page reloads the tree.
   */
  async refreshArticles(articleIds: number[]): Promise<void> {
    const pageIds = articleIds
      .map((id) => this.#articles.page.get(id))
      .filter((p, i, all) => p !== undefined && all.indexOf(p) === i) as number[];
    for (const pageId of pageIds) {
      const page = this.#ok(await call('library.page', { pageId }));
      if (!page) return this.reload();
      this.#replacePage(page);
    }
    if (pageIds.length > 0) await this.#reloadCounts();
  }

  #replacePage(page: PageSummaryT): void {
    const key = dayKey(page.meta.paper, page.meta.date);
    const day = this.pages.get(key);
    if (!day) return;
    this.pages.set(key, {
      ...day,
      pages: day.pages.map((p) => (p.id === page.id ? page : p)),
    });
  }

  async #reloadCounts(): Promise<void> {
    const papers = this.#ok(await call('library.groups', { level: 'papers' }));
    if (!papers) return;
    const months: [string, LibraryGroupT[]][] = [];
    const days: [string, LibraryGroupT[]][] = [];
    for (const paper of papers) {
      if (!this.months.has(paperKey(paper.key))) continue;
      const m = this.#ok(await call('library.groups', { level: 'months', paper: paper.key }));
      if (m) months.push([paperKey(paper.key), m]);
      for (const month of m ?? []) {
        const mk = monthKey(paper.key, month.key);
        if (month.key === null || !this.days.has(mk)) continue;
        const d = this.#ok(
          await call('library.groups', { level: 'days', paper: paper.key, month: month.key }),
        );
        if (d) days.push([mk, d]);
      }
    }
    this.papers = papers;
    replaceAll(this.months, months);
    replaceAll(this.days, days);
  }

  /** After an import or a page moved day: counts again, and every open day's pages again. */
  async reload(): Promise<void> {
    await this.#reloadCounts();
    const pages: [string, DayPages][] = [];
    for (const [key, day] of this.pages) {
      // A day is shown when open, or (unknown date) when its month is: see flattenTree.
      if (!this.open.has(key) && !this.open.has(key.replace('"d"', '"m"'))) continue;
      const [, paper, date] = JSON.parse(key) as [string, string | null, string | null];
      const limit = Math.min(200, Math.max(PAGE_BATCH, day.pages.length));
      const r = this.#ok(await call('library.pages', { paper, date, limit }));
      if (r) pages.push([key, r]);
    }
    replaceAll(this.pages, pages);
    if (this.papers.length > 0 && this.rows.every((r) => r.kind !== 'article')) {
      const first = this.papers[0];
      if (first) await this.#openPath(first.key);
    }
    if (this.cursorId === null || !this.#articles.position.has(this.cursorId))
      this.cursorId = this.#articles.ids[0] ?? null;
  }

  /** Moves the cursor by delta articles among those shown, clamped; O(1) by id → position. */
  move(delta: number): number | null {
    const { ids, position } = this.#articles;
    if (ids.length === 0) return null;
    const at = this.cursorId === null ? -1 : (position.get(this.cursorId) ?? -1);
    const next = Math.min(ids.length - 1, Math.max(0, (at < 0 ? 0 : at) + delta));
    this.cursorId = ids[next] ?? null;
    return this.cursorId;
  }
}
