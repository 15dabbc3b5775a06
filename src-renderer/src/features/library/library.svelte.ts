import type { ArticleSummaryT, PageSummaryT } from '../../../../src-main/contract';
import type { AppError } from '../../../../src-main/result';
import { call } from '../../api';

export interface PaperGroup {
  key: string;
  paper: string | null;
  date: string | null;
  pages: PageSummaryT[];
}

/** Library pane state: pages grouped by paper and date, and a keyboard cursor over all articles. */
export class Library {
  pages = $state.raw<PageSummaryT[]>([]);
  loading = $state(true);
  error = $state<AppError | null>(null);
  /** Article under the keyboard cursor (may differ from the one open in the reader). */
  cursorId = $state<number | null>(null);

  /** Articles in library order, for ↑/↓ navigation across pages. */
  readonly flat: ArticleSummaryT[] = $derived(this.pages.flatMap((p) => p.articles));

  readonly groups: PaperGroup[] = $derived.by(() => {
    const groups: PaperGroup[] = [];
    for (const page of this.pages) {
      const key = `${page.meta.paper ?? ''}\u0000${page.meta.date ?? ''}`;
      const last = groups.at(-1);
      if (last && last.key === key) last.pages.push(page);
      else groups.push({ key, paper: page.meta.paper, date: page.meta.date, pages: [page] });
    }
    return groups;
  });

  async load(): Promise<void> {
    this.loading = true;
    const r = await call('library.list', {});
    this.loading = false;
    if (!r.ok) {
      this.error = r.error;
      return;
    }
    this.error = null;
    this.pages = r.value;
    if (this.cursorId === null || !this.flat.some((a) => a.id === this.cursorId))
      this.cursorId = this.flat[0]?.id ?? null;
  }

  /** Moves the cursor by delta articles, clamped to the list; returns the new cursor. */
  move(delta: number): number | null {
    if (this.flat.length === 0) return null;
    const at = this.flat.findIndex((a) => a.id === this.cursorId);
    const next = Math.min(this.flat.length - 1, Math.max(0, (at < 0 ? 0 : at) + delta));
    this.cursorId = this.flat[next]?.id ?? null;
    return this.cursorId;
  }
}
